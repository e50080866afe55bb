package com.masthead.ticket;

/**
 * An attachment kept with a ticket: the random file name it is stored under (never a name the reader chose),
 * its type as recognised from its bytes, and its size in bytes.
 */
public record StoredAttachment(String storedName, AttachmentType type, long size) {}
