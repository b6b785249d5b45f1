package org.truce.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one audit: what was verified, every disagreement found (each naming the entry
 * and what disagrees), and the state to remember when it is clean.
 */
public final class AuditReport {

    /** Past this many, further failures are counted, not listed. */
    static final int MAX_LISTED_FAILURES = 50;

    private final List<String> verified = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int unlistedFailures;
    private AuditState state;
    private String summary;

    void verified(String line) {
        verified.add(line);
    }

    void failed(String failure) {
        if (failures.size() < MAX_LISTED_FAILURES) {
            failures.add(failure);
        } else {
            unlistedFailures++;
        }
    }

    void clean(AuditState newState, String cleanSummary) {
        this.state = newState;
        this.summary = cleanSummary;
    }

    public boolean isClean() {
        return failures.isEmpty() && state != null;
    }

    /** What was checked and held, in order. */
    public List<String> verified() {
        return List.copyOf(verified);
    }

    /** Each disagreement, e.g. {@code entry 12 (party.created UA): content does not match its commitment}. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    public int unlistedFailures() {
        return unlistedFailures;
    }

    /** The state to keep for the next audit: present only when the audit is clean. */
    public AuditState newState() {
        return isClean() ? state : null;
    }

    /** The verdict lines: one {@code CLEAN: …}, or one {@code FAILED: …} per failure. */
    public List<String> verdict() {
        if (isClean()) {
            return List.of("CLEAN: " + summary);
        }
        List<String> lines = new ArrayList<>();
        failures.forEach(f -> lines.add("FAILED: " + f));
        if (unlistedFailures > 0) {
            lines.add("FAILED: and " + unlistedFailures + " more disagreements");
        }
        if (lines.isEmpty()) {
            lines.add("FAILED: the audit did not complete");
        }
        return lines;
    }
}
