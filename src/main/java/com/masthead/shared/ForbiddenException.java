package com.masthead.shared;

/**
 * The caller is known but this action is not theirs to take on this thing (an author approving their own
 * article, a reporter editing someone else's draft). The web layer answers 403 with the message.
 */
public class ForbiddenException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ForbiddenException(String messageKey, Object... arguments) {
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
