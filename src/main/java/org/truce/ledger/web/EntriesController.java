package org.truce.ledger.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.ledger.DisclosedRecord;
import org.truce.ledger.store.LedgerEntryReader;
import org.truce.ledger.store.RecordDisclosure;
import org.truce.shared.CanonicalJson;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The entries as stored (public), and the records behind them that the caller may see. */
@RestController
@Tag(name = "Ledger")
class EntriesController {

    /** The most entries one request returns; clients page on. */
    static final int MAX_ENTRIES = 10_000;
    /** The most records one request re-derives (each may cost a query). */
    static final int MAX_RECORDS = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LedgerEntryReader reader;
    private final RecordDisclosure disclosure;

    EntriesController(LedgerEntryReader reader, RecordDisclosure disclosure) {
        this.reader = reader;
        this.disclosure = disclosure;
    }

    @GetMapping("/api/ledger/entries")
    @Operation(summary = "Entries with start <= seq < end (at most 10,000 per request): seq, canonical JSON body,"
            + " RFC 6962 leaf hash (base64)")
    List<Map<String, Object>> entries(@RequestParam(defaultValue = "0") long start, @RequestParam(required = false) Long end) {
        long to = range(start, end, MAX_ENTRIES);
        return reader.publicEntries(start, to, MAX_ENTRIES).stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("seq", e.seq());
            entry.put("body", e.body());
            entry.put("leafHash", Base64.getEncoder().encodeToString(e.leafHash()));
            return entry;
        }).toList();
    }

    @GetMapping("/api/ledger/records")
    @Operation(summary = "For entries with start <= seq < end (at most 1,000 per request), the records the caller may"
            + " see, each with the salt of its commitment, to check against the entry")
    List<Map<String, Object>> records(Viewer viewer, @RequestParam(defaultValue = "0") long start,
                                      @RequestParam(required = false) Long end) {
        long to = range(start, end, MAX_RECORDS);
        return disclosure.disclose(viewer, start, to, MAX_RECORDS).stream().map(EntriesController::json).toList();
    }

    @GetMapping("/api/ledger/records/{seq}")
    @Operation(summary = "The record behind one entry, when the caller may see it")
    Map<String, Object> record(Viewer viewer, @PathVariable long seq) {
        return disclosure.disclose(viewer, seq).map(EntriesController::json)
                .orElseThrow(() -> new NotFound("record of entry", Long.toString(seq)));
    }

    private static long range(long start, Long end, int max) {
        if (start < 0) {
            throw InvalidInput.of("start", "must be 0 or more");
        }
        if (end != null && end < start) {
            throw InvalidInput.of("end", "must not be less than start (" + start + ")");
        }
        long limit = start > Long.MAX_VALUE - max ? Long.MAX_VALUE : start + max;
        return end == null ? limit : Math.min(end, limit);
    }

    // The content goes out as the canonical JSON it is committed as, so no serializer setting of
    // this server can make a faithful record look altered.
    private static Map<String, Object> json(DisclosedRecord record) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seq", record.seq());
        body.put("status", record.status().code());
        body.put("action", record.action());
        body.put("subject", record.subject());
        body.put("actor", record.actor());
        if (record.status() == DisclosedRecord.Status.DISCLOSED) {
            body.put("salt", record.salt());
            JsonNode content = JSON.readTree(CanonicalJson.text(record.content()));
            body.put("content", content);
        }
        return body;
    }
}
