package org.truce.talks;

import java.time.Instant;
import java.util.Map;

/**
 * Both parties said yes to a version: its agreed options became agreement terms, drafted by the
 * agreement feature for the parties to sign there.
 *
 * @param id          {@code cnc_…}
 * @param talksId     the talks
 * @param version     the version both accepted
 * @param choices     the agreed options, issue id to option id
 * @param agreementId the drafted agreement ({@code agr_…})
 * @param concludedAt when the terms were drafted
 */
public record TalksConcluded(String id, String talksId, int version, Map<String, String> choices, String agreementId,
                             Instant concludedAt) {
}
