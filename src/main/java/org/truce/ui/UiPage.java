package org.truce.ui;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.truce.shared.Role;

/**
 * A page of the web UI that exists: it appears in the navigation of the roles that may open it,
 * and only those roles may open it (anonymous visitors of a page the public may not see are sent
 * to sign in). A feature registers its page as a bean, usually {@code Destination.X.page()}.
 *
 * @param path     the page's route, such as {@code /queue}; its sub-paths share its roles
 * @param labelKey the message key of its navigation label
 * @param roles    who may open it; {@link Role#PUBLIC} means anyone, signed in or not
 * @param order    its place in the navigation, lowest first
 */
public record UiPage(String path, String labelKey, Set<Role> roles, int order) {

    public UiPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(labelKey, "labelKey");
        if (!path.startsWith("/") || path.startsWith("/api/") || path.contains("*")) {
            throw new IllegalArgumentException("a page path is a plain route outside /api/: " + path);
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isPublic() {
        return roles.contains(Role.PUBLIC);
    }

    public boolean openTo(Role role) {
        return isPublic() || roles.contains(role);
    }
}
