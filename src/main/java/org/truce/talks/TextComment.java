package org.truce.talks;

import java.time.Instant;

/**
 * A party's private comment on a version of the text (only that party and the mediator read it).
 *
 * @param id        {@code cmt_…}
 * @param talksId   the talks
 * @param version   the version number
 * @param clause    the clause id it is about, or null for the whole text
 * @param party     who wrote it
 * @param text      the comment
 * @param writtenAt when
 */
public record TextComment(String id, String talksId, int version, String clause, String party, String text,
                          Instant writtenAt) {
}
