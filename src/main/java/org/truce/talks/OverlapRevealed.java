package org.truce.talks;

import java.time.Instant;
import java.util.List;

/**
 * Both parties accepted the same suggested package: from now on both know it.
 *
 * @param id           {@code ovl_…}
 * @param talksId      the talks
 * @param suggestionId the package both accepted
 * @param parties      both parties
 * @param revealedAt   when the second acceptance made it known
 */
public record OverlapRevealed(String id, String talksId, String suggestionId, List<String> parties, Instant revealedAt) {

    public OverlapRevealed {
        parties = List.copyOf(parties);
    }
}
