package org.truce.access;

import java.util.Map;
import java.util.Optional;

import org.truce.shared.Viewer;

/**
 * Who a token or a username belongs to, in memory: every API call looks one up. Rebuilt from
 * storage whenever the ledger shows an account or token change.
 */
public final class AccountDirectory {

    private volatile Map<String, Viewer> viewersByTokenHash = Map.of();
    private volatile Map<String, Credentials> credentialsByUsername = Map.of();

    public Optional<Viewer> byToken(String token) {
        return Optional.ofNullable(viewersByTokenHash.get(Tokens.hash(token)));
    }

    public Optional<Credentials> byUsername(String username) {
        return Optional.ofNullable(credentialsByUsername.get(username));
    }

    public void replace(Map<String, Viewer> byTokenHash, Map<String, Credentials> byUsername) {
        this.viewersByTokenHash = Map.copyOf(byTokenHash);
        this.credentialsByUsername = Map.copyOf(byUsername);
    }

    /** A username's password hash (null when the account signs in by token only) and viewer. */
    public record Credentials(Viewer viewer, String passwordHash) {
    }
}
