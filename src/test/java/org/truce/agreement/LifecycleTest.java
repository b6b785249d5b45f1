package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.truce.agreement.TestTerms.version;
import static org.truce.agreement.TestTerms.window;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.truce.shared.Conflict;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;

/** Status at an instant, amendments that supersede, and what may be edited or signed. */
class LifecycleTest {

    private static final Instant FROM = Instant.parse("2025-03-17T21:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-04-16T21:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MS = Instant.ofEpochMilli(1);

    private static Agreement agreement(AgreementVersion... versions) {
        return new Agreement("agr_test", List.of(versions));
    }

    private static Instant before(Instant instant) {
        return instant.minusMillis(1);
    }

    @Test
    void aSignedVersionIsInForceFromExactlyItsEffectiveInstantToJustBeforeItsEnd() {
        Agreement signed = agreement(version(1, window(FROM, UNTIL), SIGNED, "UA", "RU"));
        assertThat(Lifecycle.statusAt(signed, before(FROM))).isEqualTo(Status.SIGNED_NOT_YET_IN_FORCE);
        assertThat(Lifecycle.statusAt(signed, FROM)).isEqualTo(Status.IN_FORCE);
        assertThat(Lifecycle.statusAt(signed, before(UNTIL))).isEqualTo(Status.IN_FORCE);
        assertThat(Lifecycle.statusAt(signed, UNTIL)).isEqualTo(Status.EXPIRED);
        SignedVersion v1 = Lifecycle.signedVersions(signed).get(0);
        assertThat(v1.inForceFrom()).isEqualTo(FROM);
        assertThat(v1.inForceUntil()).isEqualTo(UNTIL);
        assertThat(v1.inForceAt(FROM)).isTrue();
        assertThat(v1.inForceAt(UNTIL)).isFalse();
        assertThat(v1.signedAt()).isEqualTo(SIGNED);
    }

    @Test
    void beforeEveryPartySignedItIsADraftOrAwaitingSignaturesWhateverTheInstant() {
        assertThat(Lifecycle.statusAt(agreement(version(1, window(FROM, UNTIL), SIGNED)), FROM)).isEqualTo(Status.DRAFT);
        Agreement half = agreement(version(1, window(FROM, UNTIL), SIGNED, "UA"));
        assertThat(Lifecycle.statusAt(half, FROM)).isEqualTo(Status.AWAITING_SIGNATURES);
        assertThat(Lifecycle.signedVersions(half)).isEmpty();
    }

    @Test
    void anOpenEndedAgreementWithAReviewDateNeverExpiresByItself() {
        Agreement open = agreement(version(1, window(FROM, null), SIGNED, "UA", "RU"));
        assertThat(Lifecycle.statusAt(open, Instant.parse("2040-01-01T00:00:00Z"))).isEqualTo(Status.IN_FORCE);
        assertThat(Lifecycle.signedVersions(open).get(0).inForceUntil()).isNull();
    }

    @Test
    void anExtensionSignedByBothSupersedesTheFirstVersionWhereItsWindowBegins() {
        Instant extendedUntil = UNTIL.plus(Duration.ofDays(30));
        Agreement extended = agreement(version(1, window(FROM, UNTIL), SIGNED, "UA", "RU"),
                version(2, window(FROM, extendedUntil), SIGNED.plusSeconds(60), "UA", "RU"));
        AgreementVersion v1 = extended.version(1).orElseThrow();
        assertThat(Lifecycle.statusAt(extended, UNTIL.plusSeconds(1))).isEqualTo(Status.IN_FORCE);
        assertThat(Lifecycle.governingAt(extended, FROM).orElseThrow().number()).isEqualTo(2);
        assertThat(Lifecycle.versionStatusAt(extended, v1, FROM)).isEqualTo(Status.SUPERSEDED);
        assertThat(Lifecycle.signedVersions(extended).get(0).inForceFrom()).as("v1 never governed").isNull();
        assertThat(Lifecycle.statusAt(extended, extendedUntil)).isEqualTo(Status.EXPIRED);
    }

    @Test
    void anAmendmentThatStartsLaterLeavesTheFirstVersionInForceUntilThen() {
        Instant amendedFrom = FROM.plus(Duration.ofDays(10));
        Agreement amended = agreement(version(1, window(FROM, UNTIL), SIGNED, "UA", "RU"),
                version(2, window(amendedFrom, UNTIL.plus(Duration.ofDays(30))), SIGNED, "UA", "RU"));
        AgreementVersion v1 = amended.version(1).orElseThrow();
        assertThat(Lifecycle.versionStatusAt(amended, v1, before(amendedFrom))).isEqualTo(Status.IN_FORCE);
        assertThat(Lifecycle.versionStatusAt(amended, v1, amendedFrom)).isEqualTo(Status.SUPERSEDED);
        assertThat(Lifecycle.versionStatusAt(amended, amended.version(2).orElseThrow(), before(amendedFrom)))
                .isEqualTo(Status.SIGNED_NOT_YET_IN_FORCE);
        SignedVersion first = Lifecycle.signedVersions(amended).get(0);
        assertThat(first.inForceFrom()).isEqualTo(FROM);
        assertThat(first.inForceUntil()).isEqualTo(amendedFrom);
    }

    @Test
    void anUnsignedAmendmentChangesNothingInForceAndAnAbandonedDraftIsSuperseded() {
        Agreement pending = agreement(version(1, window(FROM, UNTIL), SIGNED, "UA", "RU"),
                version(2, window(FROM, UNTIL.plus(Duration.ofDays(30))), SIGNED, "UA"),
                version(3, window(FROM, UNTIL.plus(Duration.ofDays(20))), SIGNED));
        assertThat(Lifecycle.statusAt(pending, FROM)).isEqualTo(Status.IN_FORCE);
        assertThat(Lifecycle.governingAt(pending, FROM).orElseThrow().number()).isEqualTo(1);
        assertThat(Lifecycle.versionStatusAt(pending, pending.version(2).orElseThrow(), FROM)).isEqualTo(Status.SUPERSEDED);
        assertThat(Lifecycle.versionStatusAt(pending, pending.version(3).orElseThrow(), FROM)).isEqualTo(Status.DRAFT);
    }

    @Test
    void theMediatorEditsAnUnsignedDraftInPlaceAndAmendsASignedOne() {
        Terms terms = window(FROM, UNTIL);
        assertThat(Lifecycle.planDraft(null, terms)).isEqualTo(new Lifecycle.DraftPlan(1, 1));
        assertThat(Lifecycle.planDraft(agreement(version(1, terms, SIGNED)), terms)).isEqualTo(new Lifecycle.DraftPlan(1, 2));
        assertThat(Lifecycle.planDraft(agreement(version(1, terms, SIGNED, "UA")), terms)).isEqualTo(new Lifecycle.DraftPlan(2, 1));
        assertThat(Lifecycle.planDraft(agreement(version(1, terms, SIGNED, "UA", "RU")), terms)).isEqualTo(new Lifecycle.DraftPlan(2, 1));
    }

    @Test
    void thePartiesAreFixedOnceAnyoneSigned() {
        Terms otherParties = TestTerms.read(AgreementFixtures.terms("Other parties", "UA", "MD"));
        Agreement unsigned = agreement(version(1, window(FROM, UNTIL), SIGNED));
        assertThat(Lifecycle.planDraft(unsigned, otherParties).version()).isEqualTo(1);
        Agreement signedByOne = agreement(version(1, window(FROM, UNTIL), SIGNED, "UA"));
        assertThatThrownBy(() -> Lifecycle.planDraft(signedByOne, otherParties)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("terms.parties");
    }

    @Test
    void onlyTheLatestVersionCanBeSignedAndOnlyOncePerParty() {
        Agreement agreement = agreement(version(1, window(FROM, UNTIL), SIGNED, "UA"), version(2, window(FROM, UNTIL), SIGNED, "RU"));
        assertThat(Lifecycle.requireSignable(agreement, 2, "UA").number()).isEqualTo(2);
        assertThatThrownBy(() -> Lifecycle.requireSignable(agreement, 2, "RU")).isInstanceOf(Conflict.class)
                .hasMessageContaining("already");
        assertThatThrownBy(() -> Lifecycle.requireSignable(agreement, 1, "RU")).isInstanceOf(Conflict.class)
                .hasMessageContaining("superseded by version 2");
        assertThatThrownBy(() -> Lifecycle.requireSignable(agreement, 3, "UA")).isInstanceOf(NotFound.class);
    }

    @Test
    void aVagueVersionCannotBeSignedAndTheRefusalListsTheFindings() {
        Terms vague = TestTerms.read(AgreementFixtures.with(AgreementFixtures.with(TestTerms.complete(), "until", null),
                "protectedCategories", null));
        Agreement agreement = agreement(version(1, vague, SIGNED));
        assertThatThrownBy(() -> Lifecycle.requireSignable(agreement, 1, "UA")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).extracting(p -> p.field())
                        .contains("terms.until", "terms.protectedCategories"));
    }

    /**
     * Whatever the versions and signatures: at most one version is in force at an instant, the
     * agreement is in force exactly when one is, and the engine's windows say the same.
     */
    @RepeatedTest(200)
    void statusesAndInForceWindowsAgree(RepetitionInfo repetition) {
        long seed = 0xA6EEL * 1000 + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        Instant origin = FROM;
        List<AgreementVersion> versions = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int n = 1; n <= count; n++) {
            Instant from = origin.plus(Duration.ofDays(random.nextInt(40)));
            Instant until = random.nextInt(5) == 0 ? null : from.plus(Duration.ofDays(1 + random.nextInt(40)));
            // an earlier version is signed by all or abandoned half-signed; the latest may also be unsigned
            String[] signers = switch (random.nextInt(n == count ? 3 : 2)) {
                case 0 -> new String[] {"UA", "RU"};
                case 1 -> new String[] {"RU"};
                default -> new String[] {};
            };
            versions.add(version(n, window(from, until), SIGNED, signers));
        }
        Agreement agreement = new Agreement("agr_test", versions);
        List<SignedVersion> windows = Lifecycle.signedVersions(agreement);
        for (int probe = 0; probe < 30; probe++) {
            Instant at = origin.plus(Duration.ofHours(random.nextInt(24 * 90))).minus(Duration.ofDays(5));
            long inForce = agreement.versions().stream()
                    .filter(v -> Lifecycle.versionStatusAt(agreement, v, at) == Status.IN_FORCE).count();
            long inForceWindows = windows.stream().filter(w -> w.inForceAt(at)).count();
            assertThat(inForce).as("seed %d at %s", seed, at).isLessThanOrEqualTo(1);
            assertThat(inForceWindows).as("seed %d at %s", seed, at).isEqualTo(inForce);
            assertThat(Lifecycle.statusAt(agreement, at) == Status.IN_FORCE).as("seed %d at %s", seed, at)
                    .isEqualTo(inForce == 1);
        }
    }
}
