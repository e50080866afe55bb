package com.masthead.staff;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up staff accounts for the login form. */
@Component
class StaffLogins implements UserDetailsService {

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
}
