package org.truce.access.web;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.truce.shared.Viewer;

/** A signed-in web user (username and password), carrying its viewer. */
record AccountUserDetails(Viewer viewer, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Authorities.of(viewer);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return viewer.username();
    }

    @Override
    public boolean isEnabled() {
        return passwordHash != null;
    }
}
