package com.masthead.ticket;

/**
 * A published article a reader's ticket is about, as the reader saw it: id, title, public address, and whether it
 * is our own work ({@code original}) rather than reprinted from another outlet.
 */
public record ArticleReference(long id, String title, String url, boolean original) {}
