package com.masthead.newsstandards;

/**
 * A newer version of an item whose draft has been published (or taken down) since: the desk handles changes to
 * published articles, so nothing is changed. Also thrown when two deliveries of a new item race (retry).
 */
public class WireConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    WireConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
