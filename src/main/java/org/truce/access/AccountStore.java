package org.truce.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of parties, accounts and tokens; writes run inside the write path's transaction. */
public interface AccountStore {

    void insertParty(Party party, long ledgerSeq);

    Optional<Party> party(String code);

    List<Party> parties();

    void insertAccount(Account account, String passwordHash, long ledgerSeq);

    Optional<Account> account(String id);

    Optional<Account> accountByUsername(String username);

    List<Account> accounts();

    void insertToken(String tokenId, String accountId, String tokenHash, String label, Instant createdAt, long ledgerSeq);

    /** Marks a token revoked; false when there is no such live token of that account. */
    boolean revokeToken(String tokenId, String accountId, Instant revokedAt, long ledgerSeq);

    List<TokenInfo> tokens(String accountId);

    /** A token's public facts (never its hash). */
    record TokenInfo(String id, String accountId, String label, Instant createdAt, Instant revokedAt) {
    }
}
