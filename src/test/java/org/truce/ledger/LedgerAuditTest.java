package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.truce.shared.Recording;

/** The audit algorithm against a log held in memory, untouched and tampered with in every way the issue names. */
class LedgerAuditTest {

    private InMemoryLog log;

    @BeforeEach
    void aLogWithRecords() {
        log = new InMemoryLog("audit.test/log");
        log.appendParty("UA", "Ukraine");
        log.appendParty("RU", "Russian Federation");
        for (int i = 0; i < 2500; i++) { // spans several pages
            log.append(Recording.confidential("report.submitted", "rep_" + i, Map.of("claim", "strike " + i,
                    "latitude", 50.0 + i / 1000.0)), "acc_ua");
        }
        log.sign();
    }

    @Test
    void anUntouchedLogAuditsCleanPinsItsKeyAndTheNextAuditExtendsIt() {
        AuditReport first = LedgerAudit.run(log, null, true);
        assertThat(first.verdict()).singleElement().asString().startsWith("CLEAN: checkpoint 2502 ")
                .contains("2502 records visible to this token match");
        assertThat(first.verified()).anyMatch(l -> l.contains("pinned on first use"));
        assertThat(first.newState().publicKey()).isEqualTo(log.signer.verifier().format());

        log.appendParty("XX", "Someone new");
        log.sign();
        AuditReport second = LedgerAudit.run(log, first.newState(), true);
        assertThat(second.isClean()).as(second.failures().toString()).isTrue();
        assertThat(second.verified()).contains("consistency: extends the pinned checkpoint of size 2502");
        assertThat(second.newState().verifiedCheckpoint().size()).isEqualTo(2503);
    }

    @Test
    void aChangedRecordIsNamedWithItsEntry() {
        AuditedLog.Record original = log.records.get(1700);
        log.records.set(1700, new AuditedLog.Record(original.seq(), original.status(), original.action(),
                original.subject(), original.actor(), original.salt(), Map.of("claim", "nothing happened", "latitude", 51.0)));

        AuditReport report = LedgerAudit.run(log, null, true);
        assertThat(report.isClean()).isFalse();
        assertThat(report.verdict()).containsExactly(
                "FAILED: entry 1700 (report.submitted rep_1698): content does not match its commitment");
        assertThat(report.newState()).isNull();
    }

    @Test
    void withoutATokenRecordsAreNotChecked() {
        log.records.clear();
        assertThat(LedgerAudit.run(log, null, false).isClean()).isTrue();
    }

    @Test
    void aDeletedEntryFails() {
        AuditState pinned = LedgerAudit.run(log, null, false).newState();
        log.delete(1234);
        AuditReport report = LedgerAudit.run(log, pinned, false);
        assertThat(report.failures()).contains("entry 1234: missing; the log serves entry 1235 in its place")
                .anyMatch(f -> f.startsWith("entries: the log serves 2501 entries, the checkpoint covers 2502"));
    }

    @Test
    void twoSwappedBodiesFailNamingBoth() {
        Collections.swap(log.bodies, 10, 11);
        AuditReport report = LedgerAudit.run(log, null, false);
        assertThat(report.failures()).contains(
                "entry 10: its body says it is entry 11 (entries were moved or replaced)",
                "entry 11: its body says it is entry 10 (entries were moved or replaced)");
        assertThat(report.failures()).anyMatch(f -> f.startsWith("root: the 2502 entries served recompute to root"));
    }

    @Test
    void aRewrittenHistoryWithAFreshValidCheckpointFailsOnConsistencyWithThePinnedOne() {
        AuditState pinned = LedgerAudit.run(log, null, true).newState();
        // Rewrite from entry 2000 on and re-sign: a consistent, validly signed log on its own.
        while (log.bodies.size() > 2000) {
            log.delete(log.rows.get(log.rows.size() - 1));
            log.records.remove(log.records.size() - 1);
        }
        for (int i = 0; i < 600; i++) {
            log.append(Recording.confidential("report.submitted", "rep_x" + i, Map.of("claim", "other " + i)), "acc_ru");
        }
        log.sign();
        assertThat(LedgerAudit.run(log, null, true).isClean()).as("the rewritten log on its own").isTrue();

        AuditReport report = LedgerAudit.run(log, pinned, true);
        assertThat(report.verdict()).singleElement().asString()
                .startsWith("FAILED: consistency: checkpoint 2600 (root ")
                .contains("does not extend the pinned checkpoint 2502");
    }

    @Test
    void aShrunkLogFailsOnConsistency() {
        AuditState pinned = LedgerAudit.run(log, null, false).newState();
        log.delete(2501);
        log.sign();
        assertThat(LedgerAudit.run(log, pinned, false).verdict()).first().asString()
                .startsWith("FAILED: consistency: the log shrank from 2502 entries");
    }

    @Test
    void aCheckpointSignedByAnotherKeyOrAlteredFails() {
        AuditState pinned = LedgerAudit.run(log, null, false).newState();
        InMemoryLog impostor = new InMemoryLog("audit.test/log");
        impostor.bodies.addAll(log.bodies);
        impostor.rows.addAll(log.rows);
        impostor.sign();
        AuditReport report = LedgerAudit.run(impostor, pinned, false);
        assertThat(report.failures()).anyMatch(f -> f.startsWith("log key: the log now serves the key"))
                .anyMatch(f -> f.startsWith("checkpoint: its signature does not verify with the log's key"));

        log.checkpoint = log.checkpoint.replaceFirst("\n2502\n", "\n2501\n");
        assertThat(LedgerAudit.run(log, pinned, false).verdict()).first().asString()
                .startsWith("FAILED: checkpoint: its signature does not verify");
    }

    @Test
    void aRecordNoFeatureClaimsOrThatIsGoneIsReportedToTheMediator() {
        log.records.set(5, new AuditedLog.Record(5, "unhandled", "probe.secret", "prb_1", "system", null, null));
        log.records.set(6, new AuditedLog.Record(6, "missing", "report.submitted", "rep_4", "acc_ua", null, null));
        AuditReport report = LedgerAudit.run(log, null, true);
        assertThat(report.verdict()).containsExactly(
                "FAILED: entry 5 (probe.secret prb_1): unverifiable: no feature re-derives records of action 'probe.secret'",
                "FAILED: entry 6 (report.submitted rep_4): the record is gone from storage");
    }

    @Test
    void aRecordWhoseSubjectDiffersFromItsOpenEntryFails() {
        AuditedLog.Record ua = log.records.get(0);
        log.records.set(0, new AuditedLog.Record(0, "disclosed", ua.action(), "RU", ua.actor(), ua.salt(), ua.content()));
        assertThat(LedgerAudit.run(log, null, true).verdict()).containsExactly(
                "FAILED: entry 0 (party.created RU): content does not match its commitment");
    }

    @Test
    void cosignaturesAreListedAndOneThatDoesNotVerifyFails() {
        NoteSigner witness = NoteSigner.generate("audit.test/log/cosigner/UA");
        Checkpoint body = log.sign();
        log.cosignatures.add(Cosignature.create(witness, body, Instant.parse("2025-03-19T00:00:00Z")));
        log.cosignerKeys.add(witness.cosignerVerifier().format());
        log.sign();
        AuditReport report = LedgerAudit.run(log, null, false);
        assertThat(report.isClean()).isTrue();
        assertThat(report.verified()).anyMatch(l -> l.startsWith("cosignature: audit.test/log/cosigner/UA+"
                + HexFormat.of().toHexDigits(witness.cosignerVerifier().keyId()) + " at 2025-03-19T00:00:00Z: verified"));

        log.cosignerKeys.set(0, NoteSigner.generate("audit.test/log/cosigner/UA").cosignerVerifier().format()
                .replaceFirst("\\+[0-9a-f]{8}\\+", "+" + HexFormat.of().toHexDigits(witness.cosignerVerifier().keyId()) + "+"));
        // a served key that does not parse (its ID does not match) is itself a failure
        assertThat(LedgerAudit.run(log, null, false).failures()).singleElement().asString()
                .startsWith("cosignatures: the log's list of cosigner keys is unreadable");
    }
}
