package org.truce.access;

import org.truce.shared.Role;

/** One row of the authorization table: a role may do an action to a kind of resource when a condition holds. */
public record Rule(Kind kind, Action action, Role role, Condition condition) {
}
