package com.masthead.staff;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks up staff accounts for the login form, and stores a stronger hash of a password that was just checked
 * against an older one (same password, so the password's age and the sessions stay as they are).
 */
@Component
class StaffLogins implements UserDetailsService, UserDetailsPasswordService {

    private final StaffAccountRepository accounts;

    StaffLogins(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        StaffAccount account = accounts.findByLogin(login).orElseThrow(() -> new UsernameNotFoundException(login));
        String hash = accounts.passwordHash(login).orElseThrow(() -> new UsernameNotFoundException(login));
        return new StaffPrincipal(account.asMember(), account.active(), hash);
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        accounts.rehash(user.getUsername(), newHash);
        return user instanceof StaffPrincipal principal ? principal.withHash(newHash) : user;
    }
}
