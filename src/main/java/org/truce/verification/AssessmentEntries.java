package org.truce.verification;

import java.util.Objects;
import java.util.Optional;

/** What each ledger entry of the assessments commits to, re-derived from storage (for the audit). */
public final class AssessmentEntries {

    private AssessmentEntries() {
    }

    /** For the ledger's audit: the record of one entry of this feature, unfiltered. */
    public static Optional<Object> content(AssessmentStore store, String action, String subject, long seq) {
        Objects.requireNonNull(action);
        return switch (action) {
            case Assessment.RECORDED, Assessment.REVISED -> store.revisionAt(subject, seq).map(r -> r);
            case Assessment.PUBLISHED -> store.publicationAt(subject, seq).map(p -> p);
            case Allegation.PUT -> store.allegationAt(subject, seq).map(a -> a);
            case Reply.SUBMITTED -> store.replyAt(subject, seq).map(r -> (Object) r.content());
            case Assignment.ASSIGNED -> store.assignmentAt(seq).filter(a -> a.incidentId().equals(subject)).map(a -> a);
            case Alert.RAISED -> store.alertAt(subject, seq).map(a -> a);
            case Alert.DELIVERED -> store.deliveryAt(subject, seq).map(d -> d);
            default -> Optional.empty();
        };
    }
}
