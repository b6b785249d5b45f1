package org.truce.talks;

import java.time.Instant;
import java.util.List;

/**
 * A change to the current draft proposed in veto-only mode: each party answers only whether it is
 * better or worse than the draft, and the draft moves only when both say better.
 *
 * @param id         {@code prp_…}
 * @param talksId    the talks
 * @param basedOn    the version it would change (the latest when proposed)
 * @param clauses    the text it proposes
 * @param note       what it changes, in the mediator's words, or null
 * @param proposedAt when
 */
public record ChangeProposal(String id, String talksId, int basedOn, List<TextClause> clauses, String note,
                             Instant proposedAt) {

    public ChangeProposal {
        clauses = List.copyOf(clauses);
    }
}
