package org.truce.shared;

import java.util.Objects;

/**
 * Who is asking or acting: an account with its role and, for a party, the party it speaks for.
 * Every read is filtered for a viewer and every write is recorded with one as its actor.
 *
 * @param accountId opaque account id ({@code acc_…}), or {@code system} for the instance itself
 * @param username  login name, for display
 * @param role      the account's role
 * @param party     the party code ({@code UA}, {@code RU}) of a party account, otherwise null
 */
public record Viewer(String accountId, String username, Role role, String party) {

    public static final Viewer PUBLIC = new Viewer("public", "public", Role.PUBLIC, null);

    public Viewer {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        if ((role == Role.PARTY) != (party != null)) {
            throw new IllegalArgumentException("a party account names exactly one party; other roles none");
        }
    }

    /** The instance acting on its own behalf (demo data, start-up imports): mediator rights. */
    public static Viewer system(String purpose) {
        return new Viewer("system", "system:" + purpose, Role.MEDIATOR, null);
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isParty(String code) {
        return role == Role.PARTY && party.equals(code);
    }

    public boolean isPublic() {
        return role == Role.PUBLIC;
    }

    /** The actor string written into ledger entries. */
    public String actorId() {
        return accountId;
    }
}
