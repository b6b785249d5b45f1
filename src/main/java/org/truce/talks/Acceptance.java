package org.truce.talks;

import java.time.Instant;

/**
 * A party's private answer to a suggested package: whether it could accept it. The latest answer counts.
 *
 * @param id           {@code acp_…}
 * @param talksId      the talks
 * @param suggestionId the package
 * @param party        who answers
 * @param acceptable   whether it could accept it
 * @param answeredAt   when
 */
public record Acceptance(String id, String talksId, String suggestionId, String party, boolean acceptable,
                         Instant answeredAt) {
}
