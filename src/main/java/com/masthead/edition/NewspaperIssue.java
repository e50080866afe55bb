package com.masthead.edition;

import java.time.LocalDate;

/** One day's issue of a newspaper; {@code number} is the running issue number (总第…期), when known. */
public record NewspaperIssue(long id, long newspaperId, LocalDate date, Integer number, int version) {}
