package org.truce.talks;

import java.time.Instant;

/**
 * The mediator gave a party a version of the text.
 *
 * @param id       {@code shr_…}
 * @param talksId  the talks
 * @param version  the version number
 * @param party    the party it was given to
 * @param sharedAt when
 */
public record TextShared(String id, String talksId, int version, String party, Instant sharedAt) {
}
