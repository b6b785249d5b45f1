package org.truce.talks;

import java.time.Instant;

/**
 * A party's private answer to a proposed change.
 *
 * @param id         {@code vot_…}
 * @param talksId    the talks
 * @param proposalId the proposal
 * @param party      who answers
 * @param answer     better or worse than the current draft
 * @param votedAt    when
 */
public record VetoVote(String id, String talksId, String proposalId, String party, VetoAnswer answer, Instant votedAt) {
}
