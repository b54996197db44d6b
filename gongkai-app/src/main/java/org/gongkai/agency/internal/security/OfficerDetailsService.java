package org.gongkai.agency.internal.security;

import org.gongkai.agency.UserService;
import org.gongkai.agency.internal.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class OfficerDetailsService implements UserDetailsService {

    private final UserRepository users;

    OfficerDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.strip())
                .map(r -> new OfficerPrincipal(UserService.officerOf(r), r.passwordHash(), r.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
