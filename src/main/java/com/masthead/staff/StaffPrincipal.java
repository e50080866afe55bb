package com.masthead.staff;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in staff member as Spring Security holds it in the session. The hash is erased after login. Serialized
 * into the session store (Spring Session JDBC) with the security context: keep the fields compatible, or sessions
 * made before a deploy cannot be read after it.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final StaffMember member;
    private final boolean active;
    private String passwordHash;

    StaffPrincipal(StaffMember member, boolean active, String passwordHash) {
        this.member = member;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    StaffPrincipal withHash(String hash) {
        return new StaffPrincipal(member, active, hash);
    }

    public StaffMember member() {
        return member;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return member.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.login();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    List<StaffRole> roles() {
        return List.copyOf(member.roles());
    }
}
