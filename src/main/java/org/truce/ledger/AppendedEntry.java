package org.truce.ledger;

import java.time.Instant;

/**
 * One entry as the ledger's followers see it after commit: enough to find the record it is about
 * (action and subject) and to extend the Merkle tree (leaf hash). Delivered in sequence order,
 * without gaps, to every {@link LedgerListener} of every instance.
 */
public record AppendedEntry(long seq, Instant time, String action, String subject, String actor, byte[] leafHash) {
}
