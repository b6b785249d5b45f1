package org.truce.verification;

import java.util.List;

/**
 * An assessment as a monitor writes it (JSON body of {@code POST /api/incidents/{id}/assessments}
 * and {@code PUT /api/assessments/{id}}).
 *
 * @param grade       confirmed_violation, probable_violation, unsubstantiated, not_a_violation or inconclusive
 * @param attribution a party code, {@code unattributed}, or {@code contested} (the parties blame each other)
 * @param confidence  low, medium or high
 * @param evidence    SHA-256 of evidence files or ids of reports relied on
 * @param supersedes  the incident's current assessment, which this one corrects (required when there is one)
 */
public record AssessmentInput(String grade, String attribution, String confidence, String rationale,
                              List<String> evidence, String supersedes) {
}
