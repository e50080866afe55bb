package com.masthead.ticket;

import org.springframework.core.io.Resource;

/** A stored attachment, ready to be sent to staff: its content (streamed from the store), type and size. */
public record AttachmentFile(Resource content, AttachmentType type, long size) {}
