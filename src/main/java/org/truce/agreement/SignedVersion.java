package org.truce.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version every party signed, as the verification engine reads it: the terms, the window the
 * terms state, and the window in which this version actually governs (until its end, or until a
 * later signed amendment takes effect).
 *
 * @param agreementId   the agreement
 * @param version       the version number
 * @param parties       the parties bound
 * @param terms         the signed terms
 * @param signedAt      when the last party signed
 * @param effectiveFrom the terms' effective instant (inclusive)
 * @param until         the terms' end (exclusive), or null when open-ended
 * @param reviewDate    the terms' review date, or null
 * @param inForceFrom   from when this version governs (inclusive), or null if a later amendment
 *                      replaced it before it ever took effect
 * @param inForceUntil  until when it governs (exclusive), or null when open-ended
 */
public record SignedVersion(String agreementId, int version, List<String> parties, Terms terms, Instant signedAt,
                            Instant effectiveFrom, Instant until, LocalDate reviewDate,
                            Instant inForceFrom, Instant inForceUntil) {

    public boolean inForceAt(Instant at) {
        return inForceFrom != null && !at.isBefore(inForceFrom) && (inForceUntil == null || at.isBefore(inForceUntil));
    }

    public boolean binds(String party) {
        return parties.contains(party);
    }
}
