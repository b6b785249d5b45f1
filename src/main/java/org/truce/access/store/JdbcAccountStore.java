package org.truce.access.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.truce.access.Account;
import org.truce.access.AccountDirectory;
import org.truce.access.AccountStore;
import org.truce.access.Accounts;
import org.truce.access.Party;
import org.truce.shared.Role;

@Repository
public class JdbcAccountStore implements AccountStore {

    private static final String ACCOUNT_COLUMNS = "id, username, role, party, display_name, created_at";

    private final JdbcTemplate jdbc;

    public JdbcAccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertParty(Party party, long ledgerSeq) {
        jdbc.update("INSERT INTO party (code, name, created_at, ledger_seq) VALUES (?, ?, ?, ?)",
                party.code(), party.name(), utc(party.createdAt()), ledgerSeq);
    }

    @Override
    public Optional<Party> party(String code) {
        return jdbc.query("SELECT code, name, created_at FROM party WHERE code = ?", JdbcAccountStore::party, code)
                .stream().findFirst();
    }

    @Override
    public List<Party> parties() {
        return jdbc.query("SELECT code, name, created_at FROM party ORDER BY code", JdbcAccountStore::party);
    }

    @Override
    public void insertAccount(Account account, String passwordHash, long ledgerSeq) {
        jdbc.update("INSERT INTO account (id, username, role, party, display_name, password_hash, created_at, ledger_seq)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                account.id(), account.username(), account.role().code(), account.party(), account.displayName(),
                passwordHash, utc(account.createdAt()), ledgerSeq);
    }

    @Override
    public Optional<Account> account(String id) {
        return jdbc.query("SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE id = ?", JdbcAccountStore::account, id)
                .stream().findFirst();
    }

    @Override
    public Optional<Account> accountByUsername(String username) {
        return jdbc.query("SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE username = ?", JdbcAccountStore::account,
                username).stream().findFirst();
    }

    @Override
    public List<Account> accounts() {
        return jdbc.query("SELECT " + ACCOUNT_COLUMNS + " FROM account ORDER BY username", JdbcAccountStore::account);
    }

    @Override
    public void insertToken(String tokenId, String accountId, String tokenHash, String label, Instant createdAt,
                            long ledgerSeq) {
        jdbc.update("INSERT INTO api_token (id, account_id, token_hash, label, created_at, ledger_seq)"
                + " VALUES (?, ?, ?, ?, ?, ?)", tokenId, accountId, tokenHash, label, utc(createdAt), ledgerSeq);
    }

    @Override
    public boolean revokeToken(String tokenId, String accountId, Instant revokedAt, long ledgerSeq) {
        return jdbc.update("UPDATE api_token SET revoked_at = ?, revoked_seq = ? WHERE id = ? AND account_id = ?"
                + " AND revoked_at IS NULL", utc(revokedAt), ledgerSeq, tokenId, accountId) == 1;
    }

    @Override
    public List<TokenInfo> tokens(String accountId) {
        return jdbc.query("SELECT id, account_id, label, created_at, revoked_at FROM api_token WHERE account_id = ?"
                        + " ORDER BY created_at, id",
                (rs, i) -> new TokenInfo(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        rs.getObject(5) == null ? null : instant(rs, 5)), accountId);
    }

    /** Everything the in-memory directory holds: live tokens and password hashes. */
    void loadDirectory(AccountDirectory directory) {
        Map<String, Account> accounts = new HashMap<>();
        Map<String, AccountDirectory.Credentials> byUsername = new HashMap<>();
        jdbc.query("SELECT " + ACCOUNT_COLUMNS + ", password_hash FROM account", rs -> {
            Account account = account(rs, 0);
            accounts.put(account.id(), account);
            byUsername.put(account.username(), new AccountDirectory.Credentials(account.viewer(), rs.getString(7)));
        });
        Map<String, org.truce.shared.Viewer> byToken = new HashMap<>();
        jdbc.query("SELECT token_hash, account_id FROM api_token WHERE revoked_at IS NULL", rs -> {
            Account account = accounts.get(rs.getString(2));
            if (account != null) {
                byToken.put(rs.getString(1), account.viewer());
            }
        });
        directory.replace(byToken, byUsername);
    }

    /** The content committed by a token's issue or revoke entry, rebuilt from its row. */
    Optional<Map<String, Object>> tokenRecord(String tokenId, long seq) {
        return jdbc.query("SELECT id, account_id, label, created_at, ledger_seq, revoked_at, revoked_seq"
                + " FROM api_token WHERE id = ?", rs -> {
            if (!rs.next()) {
                return Optional.<Map<String, Object>>empty();
            }
            if (rs.getLong(5) == seq) {
                return Optional.of(Accounts.issueContent(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs, 4)));
            }
            if (rs.getObject(7) != null && rs.getLong(7) == seq) {
                return Optional.of(Accounts.revocationContent(rs.getString(1), rs.getString(2), instant(rs, 6)));
            }
            return Optional.<Map<String, Object>>empty();
        }, tokenId);
    }

    private static Party party(ResultSet rs, int row) throws SQLException {
        return new Party(rs.getString(1), rs.getString(2), instant(rs, 3));
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), Role.fromCode(rs.getString(3)), rs.getString(4),
                rs.getString(5), instant(rs, 6));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
