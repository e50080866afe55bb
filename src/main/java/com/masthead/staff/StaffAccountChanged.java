package com.masthead.staff;

import com.masthead.shared.AuditedEvent;

/**
 * An account was created, had its roles, channels or active flag changed, or its password changed or reset.
 * {@code action} is one of {@code staff.created}, {@code staff.roles-changed}, {@code staff.activated},
 * {@code staff.deactivated}, {@code staff.password-changed}, {@code staff.password-reset}, {@code
 * staff.sessions-ended} (the user logged out their other sessions).
 */
public record StaffAccountChanged(String action, String login, String actor, String detail) implements AuditedEvent {

    @Override
    public String auditAction() {
        return action;
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "staff:" + login;
    }

    @Override
    public String auditDetail() {
        return detail;
    }
}
