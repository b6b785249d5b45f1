package org.truce.access;

import java.time.Instant;

/** A new API token, shown this once and stored only as a hash. */
public record IssuedToken(String tokenId, String accountId, String label, String token, Instant createdAt) {
}
