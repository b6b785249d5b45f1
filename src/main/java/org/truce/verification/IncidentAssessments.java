package org.truce.verification;

import org.truce.shared.Viewer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine needs to know of the assessments (implemented by the assessments part of this
 * feature, in {@code verification.config}): who an incident was put to, whether it is published,
 * and the assessments and replies a reader may see. Without an implementation: {@link #NONE}.
 */
public interface IncidentAssessments {

    /** Parties the incident was put to (they may then read the claims against them). */
    Set<String> putTo(String incidentId);

    /** Whether a finding (a published assessment) exists for the incident. */
    boolean published(String incidentId);

    /** The current grade the viewer may see: the latest non-superseded assessment (public: published only). */
    Optional<Grade> grade(String incidentId, Viewer viewer);

    /** Assessments as the viewer may see them. */
    List<AssessmentSummary> assessments(String incidentId, Viewer viewer);

    /** Replies as the viewer may see them. */
    List<ReplySummary> replies(String incidentId, Viewer viewer);

    /** Nothing put, nothing published, no assessments. */
    IncidentAssessments NONE = new IncidentAssessments() {
        @Override
        public Set<String> putTo(String incidentId) {
            return Set.of();
        }

        @Override
        public boolean published(String incidentId) {
            return false;
        }

        @Override
        public Optional<Grade> grade(String incidentId, Viewer viewer) {
            return Optional.empty();
        }

        @Override
        public List<AssessmentSummary> assessments(String incidentId, Viewer viewer) {
            return List.of();
        }

        @Override
        public List<ReplySummary> replies(String incidentId, Viewer viewer) {
            return List.of();
        }
    };
}
