package org.truce.agreement.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.truce.agreement.Agreement;
import org.truce.agreement.AgreementStore;
import org.truce.agreement.AgreementText;
import org.truce.agreement.AgreementVersion;
import org.truce.agreement.PartyKey;
import org.truce.agreement.PartySignature;
import org.truce.agreement.VersionDocument;

@Repository
public class JdbcAgreementStore implements AgreementStore {

    private static final String LAST_TEXTS = "SELECT t.agreement_id, t.version, t.revision, t.document, t.written_at, f.first_at"
            + " FROM agreement_text t JOIN (SELECT agreement_id, version, MAX(revision) AS last_revision,"
            + " MIN(written_at) AS first_at FROM agreement_text GROUP BY agreement_id, version) f"
            + " ON f.agreement_id = t.agreement_id AND f.version = t.version AND f.last_revision = t.revision";
    private static final String SIGNATURE_COLUMNS = "id, agreement_id, version, party, key_id, public_key, signature,"
            + " document_sha256, signed_at";
    private static final String KEY_COLUMNS = "party, key_id, public_key, registered_at";

    private final JdbcTemplate jdbc;

    public JdbcAgreementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Agreement> agreement(String id) {
        return assemble(jdbc.query(LAST_TEXTS + " WHERE t.agreement_id = ?", JdbcAgreementStore::lastText, id),
                jdbc.query("SELECT " + SIGNATURE_COLUMNS + " FROM agreement_signature WHERE agreement_id = ?",
                        JdbcAgreementStore::signature, id)).stream().findFirst();
    }

    @Override
    public List<Agreement> agreements() {
        return assemble(jdbc.query(LAST_TEXTS, JdbcAgreementStore::lastText),
                jdbc.query("SELECT " + SIGNATURE_COLUMNS + " FROM agreement_signature", JdbcAgreementStore::signature));
    }

    @Override
    public List<PartyKey> keys(String party) {
        return jdbc.query("SELECT " + KEY_COLUMNS + " FROM party_key WHERE party = ? ORDER BY ledger_seq",
                JdbcAgreementStore::key, party);
    }

    @Override
    public Map<String, List<PartyKey>> allKeys() {
        Map<String, List<PartyKey>> keys = new HashMap<>();
        jdbc.query("SELECT " + KEY_COLUMNS + " FROM party_key ORDER BY ledger_seq", JdbcAgreementStore::key)
                .forEach(k -> keys.computeIfAbsent(k.party(), p -> new ArrayList<>()).add(k));
        keys.replaceAll((party, list) -> List.copyOf(list));
        return keys;
    }

    @Override
    public List<String> partiesWithKey(String keyId) {
        return jdbc.queryForList("SELECT DISTINCT party FROM party_key WHERE key_id = ?", String.class, keyId);
    }

    @Override
    public boolean insertText(AgreementText text, String writtenBy, long ledgerSeq) {
        return jdbc.update("INSERT INTO agreement_text (agreement_id, version, revision, document, written_at, written_by,"
                        + " ledger_seq) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM agreement_signature"
                        + " WHERE agreement_id = ? AND version = ?)",
                text.agreementId(), text.version(), text.revision(), text.document(), utc(text.writtenAt()), writtenBy,
                ledgerSeq, text.agreementId(), text.version()) == 1;
    }

    @Override
    public void insertKey(PartyKey key, String registeredBy, long ledgerSeq) {
        jdbc.update("INSERT INTO party_key (ledger_seq, party, key_id, public_key, registered_at, registered_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", ledgerSeq, key.party(), key.keyId(), key.publicKey(),
                utc(key.registeredAt()), registeredBy);
    }

    @Override
    public void insertSignature(PartySignature s, String signedBy, long ledgerSeq) {
        jdbc.update("INSERT INTO agreement_signature (" + SIGNATURE_COLUMNS + ", signed_by, ledger_seq)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.agreementId(), s.version(), s.party(),
                s.keyId(), s.publicKey(), s.signature(), s.documentSha256(), utc(s.signedAt()), signedBy, ledgerSeq);
    }

    // ---- the records behind ledger entries, by sequence number ----

    Optional<AgreementText> textAt(long seq) {
        return jdbc.query("SELECT agreement_id, version, revision, document, written_at FROM agreement_text"
                        + " WHERE ledger_seq = ?", (rs, i) -> new AgreementText(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getString(4), instant(rs, 5)), seq).stream().findFirst();
    }

    Optional<PartySignature> signatureAt(long seq) {
        return jdbc.query("SELECT " + SIGNATURE_COLUMNS + " FROM agreement_signature WHERE ledger_seq = ?",
                JdbcAgreementStore::signature, seq).stream().findFirst();
    }

    Optional<PartyKey> keyAt(long seq) {
        return jdbc.query("SELECT " + KEY_COLUMNS + " FROM party_key WHERE ledger_seq = ?", JdbcAgreementStore::key, seq)
                .stream().findFirst();
    }

    private record LastText(AgreementText text, Instant firstWrittenAt) {
    }

    private static List<Agreement> assemble(List<LastText> texts, List<PartySignature> signatures) {
        Map<String, List<PartySignature>> signaturesByVersion = new HashMap<>();
        signatures.forEach(s -> signaturesByVersion.computeIfAbsent(s.agreementId() + "/" + s.version(),
                k -> new ArrayList<>()).add(s));
        Map<String, List<AgreementVersion>> versions = new LinkedHashMap<>();
        texts.stream().sorted((a, b) -> a.text().agreementId().compareTo(b.text().agreementId())).forEach(t -> {
            AgreementText text = t.text();
            versions.computeIfAbsent(text.agreementId(), id -> new ArrayList<>()).add(new AgreementVersion(
                    text.agreementId(), text.version(), text.revision(), text.document(),
                    VersionDocument.sha256(text.document()), VersionDocument.parse(text.document()).terms(),
                    t.firstWrittenAt(), text.writtenAt(),
                    signaturesByVersion.getOrDefault(text.agreementId() + "/" + text.version(), List.of())));
        });
        return versions.entrySet().stream().map(e -> new Agreement(e.getKey(), e.getValue())).toList();
    }

    private static LastText lastText(ResultSet rs, int row) throws SQLException {
        return new LastText(new AgreementText(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), instant(rs, 5)),
                instant(rs, 6));
    }

    private static PartySignature signature(ResultSet rs, int row) throws SQLException {
        return new PartySignature(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, 9));
    }

    private static PartyKey key(ResultSet rs, int row) throws SQLException {
        return new PartyKey(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
