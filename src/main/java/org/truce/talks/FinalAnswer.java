package org.truce.talks;

import java.time.Instant;

/**
 * A party's yes or no to the whole text of a version; once given it stands.
 *
 * @param id         {@code fin_…}
 * @param talksId    the talks
 * @param version    the version answered
 * @param party      who answers
 * @param answer     yes or no
 * @param answeredAt when
 */
public record FinalAnswer(String id, String talksId, int version, String party, FinalAnswerValue answer,
                          Instant answeredAt) {
}
