package com.masthead.article.web;

import java.io.Serializable;

/**
 * What became of a test mail from the setup checklist, shown once on the dashboard after the redirect (a flash
 * attribute, hence serializable). {@code outcome} is one of {@code sent}, {@code failed} (with the server's
 * {@code error}), {@code pending}, {@code not-configured} and {@code invalid}; {@code error} may be null.
 */
public record TestMailReport(String recipient, String outcome, String error) implements Serializable {

    public boolean sent() {
        return "sent".equals(outcome);
    }
}
