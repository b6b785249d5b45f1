package org.truce.agreement;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of an agreement as it now stands: its last text and the signatures on it.
 *
 * @param agreementId    the agreement
 * @param number         1, 2, …; a version after a signed one is an amendment
 * @param revision       how many texts it has had (edits while unsigned)
 * @param document       its canonical JSON, the bytes the parties sign
 * @param documentSha256 hex SHA-256 of those bytes
 * @param terms          the terms the document holds
 * @param draftedAt      when its first text was written
 * @param writtenAt      when its last text was written
 * @param signatures     the signatures on it, in the order made
 */
public record AgreementVersion(String agreementId, int number, int revision, String document, String documentSha256,
                               Terms terms, Instant draftedAt, Instant writtenAt, List<PartySignature> signatures) {

    public AgreementVersion {
        signatures = signatures == null ? List.of()
                : signatures.stream().sorted(Comparator.comparing(PartySignature::signedAt)).toList();
    }

    public Optional<PartySignature> signatureOf(String party) {
        return signatures.stream().filter(s -> s.party().equals(party)).findFirst();
    }

    public boolean signedByAll() {
        return !terms.parties().isEmpty() && terms.parties().stream().allMatch(p -> signatureOf(p).isPresent());
    }

    /** When the last party signed, once all have. */
    public Optional<Instant> signedAt() {
        return signedByAll() ? signatures.stream().map(PartySignature::signedAt).max(Comparator.naturalOrder())
                : Optional.empty();
    }

    public List<Finding> findings() {
        return VaguenessCheck.check(terms);
    }
}
