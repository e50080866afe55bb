package com.masthead.ticket;

/** The filter form of a staff ticket queue as posted: status name, assignee login, {@code overdue=1}; all optional. */
public record DeskQueueForm(String status, String assignee, String overdue) {}
