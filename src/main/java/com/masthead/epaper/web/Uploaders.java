package com.masthead.epaper.web;

import com.masthead.staff.ApiPrincipal;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Which staff account is uploading: the logged-in member's, or null for an API token. */
@Component
class Uploaders {

    private final StaffAccounts accounts;

    Uploaders(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    Long current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getPrincipal() instanceof ApiPrincipal) {
            return null;
        }
        return accounts.findByLogin(authentication.getName())
                .map(StaffAccount::id)
                .orElse(null);
    }
}
