package com.masthead.shared;

/**
 * One offending input field: the field's name as the client sent it, and a message key (resolved against the
 * message bundles, with {@code arguments}) saying why it was refused.
 */
public record FieldProblem(String field, String messageKey, Object... arguments) {}
