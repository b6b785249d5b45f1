package org.truce.agreement;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A version as the API shows it, at the instant asked about.
 *
 * @param version            the version number
 * @param status             its status at the instant
 * @param terms              its terms
 * @param effectiveFromLocal the effective instant in the zone it was written in, for display
 * @param untilLocal         the end in the same zone, for display
 * @param canonicalSha256    hex SHA-256 of the canonical bytes the parties sign
 * @param draftedAt          when its first text was written
 * @param lastEditedAt       when its last text was written
 * @param signedAt           when the last party signed, once all have
 * @param signable           whether it passes the vagueness check and may be signed now
 * @param findings           what the vagueness check found (empty when none)
 * @param signatures         the signatures on it
 */
public record VersionView(int version, Status status, Terms terms, String effectiveFromLocal, String untilLocal,
                          String canonicalSha256, Instant draftedAt, Instant lastEditedAt, Instant signedAt,
                          boolean signable, List<Finding> findings, List<SignatureView> signatures) {

    static VersionView of(Agreement agreement, AgreementVersion v, Instant at) {
        List<Finding> findings = v.findings();
        Status status = Lifecycle.versionStatusAt(agreement, v, at);
        boolean latest = v.number() == agreement.latest().number();
        return new VersionView(v.number(), status, v.terms(),
                v.terms().effectiveFromLocal().map(ZonedDateTime::toString).orElse(null),
                v.terms().untilLocal().map(ZonedDateTime::toString).orElse(null),
                v.documentSha256(), v.draftedAt(), v.writtenAt(), v.signedAt().orElse(null),
                latest && !v.signedByAll() && findings.isEmpty(), findings,
                v.signatures().stream().map(s -> SignatureView.of(s, v.document())).toList());
    }
}
