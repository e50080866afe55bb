package com.masthead.epaper.web;

import com.masthead.epaper.AreaEditor;
import com.masthead.staff.Actors;
import com.masthead.staff.ApiPrincipal;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller as an {@link AreaEditor}: the audit name and, for revisions, the staff account (a token's owner). */
@Component
class AreaEditors {

    private final StaffAccounts accounts;

    AreaEditors(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    AreaEditor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String login = null;
        if (authentication != null && authentication.getPrincipal() instanceof ApiPrincipal api) {
            login = api.owner();
        } else if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            login = staff.member().login();
        }
        Long staffId = login == null
                ? null
                : accounts.findByLogin(login).map(StaffAccount::id).orElse(null);
        return new AreaEditor(Actors.current(), staffId);
    }
}
