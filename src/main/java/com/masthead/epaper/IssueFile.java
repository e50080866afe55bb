package com.masthead.epaper;

/** The whole-issue PDF as stored: the SHA-256 of its bytes, its size and its number of pages. */
public record IssueFile(long issueId, String pdfHash, long pdfBytes, int pageCount) {}
