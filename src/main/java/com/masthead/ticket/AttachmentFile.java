package com.masthead.ticket;

import java.nio.file.Path;

/** A stored attachment on disk, ready to be sent to staff. */
public record AttachmentFile(Path path, AttachmentType type, long size) {}
