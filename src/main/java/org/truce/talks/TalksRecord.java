package org.truce.talks;

import java.time.Instant;

/**
 * One stored talks record, as the ledger committed to it: its content is kept as the canonical
 * JSON (RFC 8785) that the ledger entry commits to, beside the columns that lookups and access
 * decisions need.
 *
 * @param seq        the ledger entry's sequence number
 * @param id         the record's id (the entry's subject)
 * @param talksId    the talks it belongs to
 * @param kind       what it is
 * @param party      the party it belongs to, is addressed to or was shared with; null for shared records
 * @param ref        what it refers to (a version number, a suggestion or proposal id), or null
 * @param uniqueKey  a key the database keeps unique (one final answer per party and version …), or null
 * @param content    the canonical JSON of the content
 * @param recordedAt when
 * @param recordedBy the actor's account id
 */
public record TalksRecord(long seq, String id, String talksId, RecordKind kind, String party, String ref, String uniqueKey,
                          String content, Instant recordedAt, String recordedBy) {
}
