package org.truce.access.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.truce.shared.Viewer;

final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(Viewer viewer) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + viewer.role().name().toUpperCase(Locale.ROOT)));
    }
}
