package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of assessments, allegations, replies, queue assignments and alerts; writes run inside
 * the write path's transaction. Each ledger entry's content can be read back by its sequence number.
 */
public interface AssessmentStore {

    // ---- assessments ----

    /** A new assessment: its identity and revision 1. */
    void insertAssessment(Assessment assessment);

    /** A draft's next revision (the assessment's revision and seq say which). */
    void insertRevision(Assessment assessment);

    void markPublished(String id, String by, Instant at, long seq, List<String> publishedReports);

    Optional<Assessment> assessment(String id);

    /** The revision an {@code assessment.recorded} or {@code .revised} entry committed to. */
    Optional<Assessment.Revision> revisionAt(String id, long seq);

    Optional<Assessment.Publication> publicationAt(String id, long seq);

    List<Assessment> assessmentsOf(String incidentId);

    /** Whether some assessment already corrects this one. */
    boolean superseded(String id);

    // ---- allegations, replies, assignments ----

    void insertAllegation(Allegation allegation, long seq);

    Optional<Allegation> allegationAt(String id, long seq);

    List<Allegation> allegationsOf(String incidentId);

    void insertReply(Reply reply, long seq);

    Optional<Reply> replyAt(String id, long seq);

    List<Reply> repliesOf(String incidentId);

    void insertAssignment(Assignment assignment, long seq);

    Optional<Assignment> assignmentAt(long seq);

    /** The latest assignment of the incident, if any. */
    Optional<Assignment> assignmentOf(String incidentId);

    /** Every incident with an assessment, an allegation, a reply or an assignment (for a rebuild). */
    List<String> incidentsWithRecords();

    /** The incident an entry of this feature is about. */
    Optional<String> incidentOf(String action, String subject, long seq);

    // ---- alerts ----

    void insertAlert(Alert.Raised alert, long seq);

    Optional<Alert.Raised> alertAt(String id, long seq);

    boolean alerted(String incidentId);

    /** Every incident with an alert. */
    List<String> alertedIncidents();

    /** Newest first, with their delivery outcomes; {@code before} is a seq (exclusive) or null. */
    List<Alert> alerts(Long before, int limit);

    void insertDelivery(Alert.Delivery delivery, long seq);

    Optional<Alert.Delivery> deliveryAt(String alertId, long seq);
}
