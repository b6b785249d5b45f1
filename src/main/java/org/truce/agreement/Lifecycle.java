package org.truce.agreement;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.truce.shared.Conflict;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;

/**
 * The lifecycle of an agreement as pure functions: draft (the mediator edits) → each party signs
 * the exact version → in force from its effective instant → expired, or superseded by an amendment
 * (a later version every party signed) from the amendment's effective instant.
 *
 * <p>Status at an instant reads the signatures recorded now: a version every party signed governs
 * from the effective instant they signed, even if they signed after it (a moratorium agreed on the
 * day it starts, or the demo's 2025 moratorium signed today).
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** The version that governs at the instant: the latest fully signed one whose effective instant has come. */
    public static Optional<AgreementVersion> governingAt(Agreement agreement, Instant at) {
        AgreementVersion governing = null;
        for (AgreementVersion v : agreement.versions()) {
            if (v.signedByAll() && v.terms().effectiveFrom() != null && !at.isBefore(v.terms().effectiveFrom())) {
                governing = v;
            }
        }
        return Optional.ofNullable(governing);
    }

    public static Status statusAt(Agreement agreement, Instant at) {
        Optional<AgreementVersion> governing = governingAt(agreement, at);
        if (governing.isPresent()) {
            return ended(governing.get(), at) ? Status.EXPIRED : Status.IN_FORCE;
        }
        if (agreement.published()) {
            return Status.SIGNED_NOT_YET_IN_FORCE;
        }
        return agreement.latest().signatures().isEmpty() ? Status.DRAFT : Status.AWAITING_SIGNATURES;
    }

    public static Status versionStatusAt(Agreement agreement, AgreementVersion version, Instant at) {
        if (!version.signedByAll()) {
            if (version.number() != agreement.latest().number()) {
                return Status.SUPERSEDED;
            }
            return version.signatures().isEmpty() ? Status.DRAFT : Status.AWAITING_SIGNATURES;
        }
        Optional<AgreementVersion> governing = governingAt(agreement, at);
        if (governing.isPresent() && governing.get().number() == version.number()) {
            return ended(version, at) ? Status.EXPIRED : Status.IN_FORCE;
        }
        if (governing.isPresent() && governing.get().number() > version.number()) {
            return Status.SUPERSEDED;
        }
        return Status.SIGNED_NOT_YET_IN_FORCE;
    }

    /** Every fully signed version with the window in which it governs. */
    public static List<SignedVersion> signedVersions(Agreement agreement) {
        List<AgreementVersion> signed = agreement.versions().stream().filter(AgreementVersion::signedByAll).toList();
        return signed.stream().map(v -> {
            Instant from = v.terms().effectiveFrom();
            Instant to = v.terms().until();
            boolean replacedBeforeStart = false;
            for (AgreementVersion later : signed) {
                if (later.number() <= v.number()) {
                    continue;
                }
                Instant laterFrom = later.terms().effectiveFrom();
                if (!laterFrom.isAfter(from)) {
                    replacedBeforeStart = true;
                } else if (to == null || laterFrom.isBefore(to)) {
                    to = laterFrom;
                }
            }
            return new SignedVersion(agreement.id(), v.number(), v.terms().parties(), v.terms(), v.signedAt().orElseThrow(),
                    v.terms().effectiveFrom(), v.terms().until(), v.terms().reviewDate(),
                    replacedBeforeStart ? null : from, replacedBeforeStart ? null : to);
        }).toList();
    }

    /** Where the mediator's new terms go: a new text of the unsigned latest version, or a new version. */
    public static DraftPlan planDraft(Agreement agreement, Terms terms) {
        if (agreement == null) {
            return new DraftPlan(1, 1);
        }
        if (agreement.anySignature() && !new HashSet<>(terms.parties()).equals(new HashSet<>(agreement.parties()))) {
            throw InvalidInput.of("terms.parties", "the parties of an agreement do not change once a party has signed it "
                    + "(they are " + agreement.parties() + "); draft a new agreement instead");
        }
        AgreementVersion latest = agreement.latest();
        return latest.signatures().isEmpty()
                ? new DraftPlan(latest.number(), latest.revision() + 1)
                : new DraftPlan(latest.number() + 1, 1);
    }

    /** The version number and revision a draft write produces. */
    public record DraftPlan(int version, int revision) {

        public boolean amendsOrRevises() {
            return version > 1 || revision > 1;
        }
    }

    /**
     * Refuses, naming the field, what a party may not sign: a version that does not exist, one it
     * signed already, one superseded by a newer version, or one that fails the vagueness check.
     */
    public static AgreementVersion requireSignable(Agreement agreement, int number, String party) {
        AgreementVersion version = agreement.version(number)
                .orElseThrow(() -> new NotFound("agreement version", agreement.id() + " v" + number));
        Optional<PartySignature> own = version.signatureOf(party);
        if (own.isPresent()) {
            throw new Conflict("version", party + " has signed version " + number + " already (" + own.get().id()
                    + " at " + own.get().signedAt() + "); a signed version cannot be signed again");
        }
        if (number != agreement.latest().number()) {
            throw new Conflict("version", "version " + number + " is superseded by version " + agreement.latest().number()
                    + "; only the latest version can be signed");
        }
        if (!version.terms().parties().contains(party)) {
            throw new Conflict("version", party + " is not a party to version " + number);
        }
        List<Finding> findings = version.findings();
        if (!findings.isEmpty()) {
            throw new InvalidInput(findings.stream().map(Finding::asFieldProblem).toList());
        }
        return version;
    }

    private static boolean ended(AgreementVersion version, Instant at) {
        return version.terms().until() != null && !at.isBefore(version.terms().until());
    }
}
