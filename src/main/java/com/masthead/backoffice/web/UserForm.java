package com.masthead.backoffice.web;

import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffRole;
import java.util.List;

/**
 * The account form as submitted, all text, so that a refused form shows exactly what was typed. The password is
 * only read on creation and never sent back to the browser.
 */
public record UserForm(
        String login,
        String realName,
        String email,
        List<String> roles,
        List<String> channelIds,
        String password,
        String active,
        String version) {

    public UserForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
        channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
    }

    static UserForm empty() {
        return new UserForm("", "", "", List.of(), List.of(), "", "on", "");
    }

    static UserForm of(StaffAccount account) {
        return new UserForm(
                account.login(),
                account.realName(),
                account.email(),
                account.roles().stream().map(StaffRole::name).toList(),
                account.channelIds().stream().map(String::valueOf).toList(),
                "",
                account.active() ? "on" : null,
                String.valueOf(account.version()));
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role.name());
    }

    public boolean hasChannel(long id) {
        return channelIds.contains(String.valueOf(id));
    }

    public boolean isActive() {
        return active != null;
    }

    /** The same form without the password, for showing it again. */
    UserForm withoutPassword() {
        return new UserForm(login, realName, email, roles, channelIds, "", active, version);
    }
}
