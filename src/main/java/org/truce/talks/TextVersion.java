package org.truce.talks;

import java.time.Instant;
import java.util.List;

/**
 * One version of the single negotiating text. Versions never change: each change is a new version.
 *
 * @param id         {@code txt_…}
 * @param talksId    the talks
 * @param number     1, 2, …
 * @param basedOn    the version it changes, or null for the first
 * @param clauses    its clauses in order
 * @param note       what changed, in the mediator's words, or null
 * @param proposalId the veto-mode proposal both parties found better, when it came from one
 * @param writtenAt  when written
 */
public record TextVersion(String id, String talksId, int number, Integer basedOn, List<TextClause> clauses, String note,
                          String proposalId, Instant writtenAt) {

    public TextVersion {
        clauses = List.copyOf(clauses);
    }
}
