package org.gongkai.agency.internal.security;

import java.util.Collection;
import org.gongkai.agency.Officer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security view of an {@link Officer}; roles become ROLE_ authorities. */
public record OfficerPrincipal(Officer officer, String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return officer.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return officer.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Copy without the hash, kept in the session. */
    public OfficerPrincipal withoutPassword() {
        return new OfficerPrincipal(officer, null, enabled);
    }
}
