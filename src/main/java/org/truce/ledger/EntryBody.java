package org.truce.ledger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.truce.shared.CanonicalJson;
import org.truce.shared.Recording;

/**
 * The public bytes of a ledger entry: canonical JSON (RFC 8785) of its sequence number, time,
 * commitment and public fields. This is what the Merkle tree hashes and what anyone may read.
 */
public final class EntryBody {

    private EntryBody() {
    }

    public static String of(long seq, Instant time, String actor, Recording recording, String commitment) {
        Map<String, Object> publicFields = new LinkedHashMap<>();
        if (!recording.confidential()) {
            publicFields.putAll(recording.publicFields());
            publicFields.put("action", recording.action());
            publicFields.put("subject", recording.subject());
            publicFields.put("actor", actor);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seq", seq);
        body.put("time", time.toString());
        body.put("commitment", commitment);
        body.put("public", publicFields);
        return CanonicalJson.text(body);
    }
}
