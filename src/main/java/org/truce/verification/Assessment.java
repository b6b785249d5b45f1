package org.truce.verification;

import java.time.Instant;
import java.util.List;

/**
 * A monitor's graded finding on an incident, as it stands: its latest revision and, once the
 * mediator published it, the publication. A published assessment is sealed; a correction is a
 * new assessment that {@code supersedes} it, and both stay readable.
 *
 * @param revision    1 when recorded; a draft's edits add revisions
 * @param assessedBy  the account of the latest revision
 * @param assessedAt  the time of the latest revision
 * @param createdBy   the account that recorded it
 * @param seq         the ledger entry of the latest revision
 * @param publishedAt null while a draft
 * @param publishedReports the incident's claims when it was published: public since
 */
public record Assessment(String id, String incidentId, int revision, Grade grade, String attribution,
                         String confidence, String rationale, List<String> evidence, String assessedBy,
                         Instant assessedAt, String supersedes, String createdBy, Instant createdAt, long seq,
                         String publishedBy, Instant publishedAt, Long publishSeq, List<String> publishedReports) {

    public static final String ID_PREFIX = "asm";
    public static final String RECORDED = "assessment.recorded";
    public static final String REVISED = "assessment.revised";
    public static final String PUBLISHED = "assessment.published";

    public static final String UNATTRIBUTED = "unattributed";
    public static final String CONTESTED = "contested";
    public static final List<String> CONFIDENCES = List.of("low", "medium", "high");

    public Assessment {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        publishedReports = publishedReports == null ? List.of() : List.copyOf(publishedReports);
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** What the ledger entry of one revision commits to. */
    public Revision revisionContent() {
        return new Revision(id, incidentId, revision, grade.code(), attribution, confidence, rationale, evidence,
                assessedBy, assessedAt, supersedes);
    }

    /** The content of an {@code assessment.recorded} or {@code assessment.revised} entry. */
    public record Revision(String assessment, String incident, int revision, String grade, String attribution,
                           String confidence, String rationale, List<String> evidence, String assessedBy,
                           Instant assessedAt, String supersedes) {
    }

    /** The content of an {@code assessment.published} entry: the claims it made public with it. */
    public record Publication(String assessment, String incident, String publishedBy, Instant publishedAt,
                              List<String> publishedReports) {
    }
}
