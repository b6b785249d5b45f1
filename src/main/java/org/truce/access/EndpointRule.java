package org.truce.access;

import java.util.EnumSet;
import java.util.Set;

import org.truce.shared.Role;

/**
 * Which roles may call an HTTP endpoint at all (the resource rules then decide what each sees).
 *
 * @param method  HTTP method, or {@code *} for any
 * @param pattern an Ant-style path pattern such as {@code /api/reports/**}
 * @param roles   the roles let through; {@link Role#PUBLIC} means anyone, signed in or not
 */
public record EndpointRule(String method, String pattern, Set<Role> roles) {

    public EndpointRule {
        roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean isPublic() {
        return roles.contains(Role.PUBLIC);
    }
}
