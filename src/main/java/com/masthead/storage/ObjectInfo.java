package com.masthead.storage;

/** What the store knows about an object: its size in bytes and its media type. */
public record ObjectInfo(long size, String contentType) {}
