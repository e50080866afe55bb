package com.masthead.backoffice.web;

/**
 * The issue-a-token form as submitted, all text, so that a refused form shows what was typed. {@code expiresOn} is a
 * date (yyyy-MM-dd, site time zone; the token works until that day ends), empty for the default validity.
 */
public record ApiTokenForm(String name, String role, String owner, String expiresOn) {

    static ApiTokenForm empty() {
        return new ApiTokenForm("", "", "", "");
    }
}
