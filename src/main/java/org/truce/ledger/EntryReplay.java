package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heart of {@link LedgerAudit}: reads every entry the checkpoint covers, page by page, in the
 * order served; recomputes each leaf hash from the body and the root from the leaf hashes; checks
 * that each body is where it says it is; and, page by page, checks the disclosed records against
 * the commitments of those bodies. Keeps one page in memory, whatever the size of the log.
 */
final class EntryReplay {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Checkpoint checkpoint;
    private final AuditedLog log;
    private final boolean withRecords;
    private final AuditReport report;
    private final StreamingMerkleRoot root = new StreamingMerkleRoot();
    private long misplaced;
    private long recordsChecked;
    private boolean complete;

    EntryReplay(Checkpoint checkpoint, AuditedLog log, boolean withRecords, AuditReport report) {
        this.checkpoint = checkpoint;
        this.log = log;
        this.withRecords = withRecords;
        this.report = report;
    }

    void run() {
        long size = checkpoint.size();
        for (long start = 0; start < size; start += LedgerAudit.PAGE) {
            long end = Math.min(size, start + LedgerAudit.PAGE);
            List<AuditedLog.Entry> page;
            try {
                page = log.entries(start, end);
            } catch (AuditedLog.Unavailable e) {
                report.failed("entries: the log did not serve entries " + start + " to " + (end - 1) + ": " + e.getMessage());
                return;
            }
            Map<Long, Body> bodies = new HashMap<>();
            for (AuditedLog.Entry entry : page) {
                if (entry.seq() < start || entry.seq() >= end) {
                    report.failed("entries: asked for entries " + start + " to " + (end - 1) + ", the log served entry "
                            + entry.seq());
                    continue;
                }
                Body body = replay(entry);
                if (body != null) {
                    bodies.put(entry.seq(), body);
                }
            }
            if (withRecords) {
                checkRecords(start, end, bodies);
            }
        }
        if (misplaced > 1) {
            report.failed("entries: " + misplaced + " entries in all are not at the position their sequence number says");
        }
        complete = true;
    }

    /** Whether every entry was read and the recomputed root is the checkpoint's. */
    boolean rootMatches() {
        if (!complete) {
            return false;
        }
        if (root.size() != checkpoint.size()) {
            report.failed("entries: the log serves " + root.size() + " entries, the checkpoint covers " + checkpoint.size());
            return false;
        }
        if (!LedgerAudit.same(root.root(), checkpoint.rootHash())) {
            report.failed("root: the " + root.size() + " entries served recompute to root " + LedgerAudit.b64(root.root())
                    + ", not the checkpoint's " + LedgerAudit.b64(checkpoint.rootHash()));
            return false;
        }
        report.verified("entries: " + root.size() + " entries; every body is at its position and they recompute the"
                + " checkpoint's root");
        return true;
    }

    long recordsChecked() {
        return recordsChecked;
    }

    private Body replay(AuditedLog.Entry entry) {
        long position = root.size();
        byte[] bytes = entry.body().getBytes(StandardCharsets.UTF_8);
        byte[] leafHash = MerkleHashes.leafHash(bytes);
        root.appendLeafHash(leafHash);
        if (entry.seq() != position && misplaced++ == 0) {
            report.failed("entry " + position + ": missing; the log serves entry " + entry.seq() + " in its place");
        }
        if (!LedgerAudit.same(leafHash, entry.leafHash())) {
            report.failed("entry " + entry.seq() + ": its stored leaf hash does not match its body");
        }
        Body body = Body.parse(entry.body());
        if (body == null) {
            report.failed("entry " + entry.seq() + ": its body is not an entry (canonical JSON with seq, time,"
                    + " commitment, public)");
            return null;
        }
        if (body.seq != entry.seq()) {
            report.failed("entry " + entry.seq() + ": its body says it is entry " + body.seq
                    + " (entries were moved or replaced)");
        }
        return body;
    }

    private void checkRecords(long start, long end, Map<Long, Body> bodies) {
        List<AuditedLog.Record> records;
        try {
            records = log.records(start, end);
        } catch (AuditedLog.Unavailable e) {
            report.failed("records: the log did not disclose the records of entries " + start + " to " + (end - 1) + ": "
                    + e.getMessage());
            return;
        }
        for (AuditedLog.Record record : records) {
            String label = "entry " + record.seq() + " (" + record.action() + " " + record.subject() + ")";
            switch (record.status()) {
                case "unhandled" -> report.failed(label + ": unverifiable: no feature re-derives records of action '"
                        + record.action() + "'");
                case "missing" -> report.failed(label + ": the record is gone from storage");
                case "disclosed" -> check(label, record, bodies.get(record.seq()));
                default -> report.failed(label + ": unknown record status '" + record.status() + "'");
            }
        }
    }

    private void check(String label, AuditedLog.Record record, Body body) {
        if (body == null) {
            report.failed(label + ": the log discloses a record for an entry it does not serve");
            return;
        }
        String commitment;
        try {
            commitment = Commitment.commit(HexFormat.of().parseHex(record.salt()), record.action(), record.subject(),
                    record.actor(), record.content());
        } catch (IllegalArgumentException e) {
            report.failed(label + ": its salt is not hex");
            return;
        }
        if (!commitment.equals(body.commitment)) {
            report.failed(label + ": content does not match its commitment");
            return;
        }
        if (body.open && !(record.action().equals(body.action) && record.subject().equals(body.subject)
                && record.actor().equals(body.actor))) {
            report.failed(label + ": the entry's public fields name " + body.action + " " + body.subject + " by "
                    + body.actor + ", the record " + record.action() + " " + record.subject() + " by " + record.actor());
            return;
        }
        recordsChecked++;
    }

    /** The fields of an entry body the audit reads. */
    private record Body(long seq, String commitment, boolean open, String action, String subject, String actor) {

        static Body parse(String text) {
            try {
                JsonNode node = JSON.readTree(text);
                JsonNode seq = node.get("seq");
                JsonNode commitment = node.get("commitment");
                JsonNode open = node.get("public");
                if (seq == null || !seq.canConvertToExactIntegral() || commitment == null || !commitment.isString()
                        || open == null || !open.isObject()) {
                    return null;
                }
                return new Body(seq.asLong(), commitment.asString(), !open.isEmpty(), text(open, "action"),
                        text(open, "subject"), text(open, "actor"));
            } catch (JacksonException e) {
                return null;
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null ? null : value.asString();
        }
    }
}
