package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.truce.talks.TalksFixtures.agenda;
import static org.truce.talks.TalksFixtures.pkg;
import static org.truce.talks.TalksFixtures.profile;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.talks.HolisticCheck.Comparison;
import org.truce.talks.HolisticCheck.OrderDisagreement;
import org.truce.talks.HolisticCheck.Row;

/*
 * Profile: S{s1,s2,s3} x T{t1,t2,t3}; weights S 50, T 50; S: 0,60,100; T: 100,80,0.
 * Additive utilities, index 3s + t:
 *   0 (s1,t1) 0+50 = 50   3 (s2,t1) 30+50 = 80   4 (s2,t2) 30+40 = 70
 *   6 (s3,t1) 50+50 = 100 8 (s3,t3) 50+0 = 50
 */
class HolisticCheckTest {

    private final NegotiationAgenda agenda = agenda("S:s1,s2,s3", "T:t1,t2,t3");
    private final PreferenceProfile profile =
            profile("UA", agenda, 0, Map.of(), "S=50,T=50", "S:0,60,100", "T:100,80,0");

    /*
     * Rated in the order 6, 3, 4, 0 with 95, 60, 75, 50; additive 100, 80, 70, 50.
     * Differences (holistic - additive): -5, -20, +5, 0.
     * Pairs: (6,3) both higher first; (6,4) same; (6,0) same; (3,4): additive 80 > 70 but holistic
     * 60 < 75 -> reversed; (3,0) same; (4,0) same. C = 5, D = 1, no ties: tau = (5-1)/6 = 2/3.
     * Ranks additive: 0->1, 4->2, 3->3, 6->4; holistic: 0->1, 3->2, 4->3, 6->4.
     * d = 0, 1, -1, 0; rho = 1 - 6*2 / (4*(16-1)) = 1 - 12/60 = 0.8.
     */
    @Test
    void reportsDifferencesReversedPairsAndCorrelations() {
        HolisticCheck check = HolisticCheck.of(profile, List.of(
                new HolisticRating(pkg(2, 0), 95), new HolisticRating(pkg(1, 0), 60),
                new HolisticRating(pkg(1, 1), 75), new HolisticRating(pkg(0, 0), 50)));
        assertThat(check.party()).isEqualTo("UA");
        assertThat(check.rows()).extracting(Row::additiveUtility).containsExactly(100.0, 80.0, 70.0, 50.0);
        assertThat(check.rows()).extracting(Row::difference).containsExactly(-5.0, -20.0, 5.0, 0.0);
        assertThat(check.disagreements()).containsExactly(new OrderDisagreement(
                pkg(1, 0), pkg(1, 1), Comparison.FIRST_HIGHER, Comparison.SECOND_HIGHER));
        assertThat(check.disagreements().get(0).reversed()).isTrue();
        assertThat(check.kendallTau().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(check.spearmanRho().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(check.rowsByDiscrepancy()).extracting(Row::negotiationPackage)
                .containsExactly(pkg(1, 0), pkg(2, 0), pkg(1, 1), pkg(0, 0));
        assertThat(check.meanAbsoluteDifference()).isEqualTo(7.5);
    }

    /*
     * Ties: rated 0 -> 40, 8 -> 60, 3 -> 60; additive 50, 50, 80.
     * (0,8): additive equal, holistic 40 < 60 -> disagreement (not reversed).
     * (0,3): 50 < 80 and 40 < 60 -> concordant.  (8,3): 50 < 80 but holistic equal -> disagreement.
     * n0 = 3 pairs, 1 tied additively, 1 tied holistically; C = 1, D = 0:
     *   tau-b = 1 / sqrt((3-1)(3-1)) = 1/2.
     * Average ranks: additive 1.5, 1.5, 3 (mean 2); holistic 1, 2.5, 2.5 (mean 2).
     *   deviations (-.5,-.5,1) and (-1,.5,.5): sum of products .5 - .25 + .5 = .75;
     *   sums of squares 1.5 and 1.5 -> rho = .75 / 1.5 = 0.5.
     */
    @Test
    void tiesAreReportedAndCorrected() {
        HolisticCheck check = HolisticCheck.of(profile, List.of(
                new HolisticRating(pkg(0, 0), 40), new HolisticRating(pkg(2, 2), 60),
                new HolisticRating(pkg(1, 0), 60)));
        assertThat(check.disagreements()).containsExactly(
                new OrderDisagreement(pkg(0, 0), pkg(2, 2), Comparison.EQUAL, Comparison.SECOND_HIGHER),
                new OrderDisagreement(pkg(2, 2), pkg(1, 0), Comparison.SECOND_HIGHER, Comparison.EQUAL));
        assertThat(check.disagreements()).noneMatch(OrderDisagreement::reversed);
        assertThat(check.kendallTau().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(check.spearmanRho().getAsDouble()).isCloseTo(0.5, within(1e-12));
    }

    /*
     * Ties on one side only, where average ranks matter: rated 0 -> 30, 8 -> 60, 4 -> 50, 3 -> 90;
     * additive 50, 50, 70, 80.
     * Pairs: (0,8) additive equal, holistic 30 < 60 -> disagreement; (0,4) C; (0,3) C;
     *   (8,4) additive 50 < 70 but holistic 60 > 50 -> reversed; (8,3) C; (4,3) C.
     *   C = 4, D = 1, 1 additive tie, no holistic tie: tau-b = 3 / sqrt((6-1)(6-0)) = 3 / sqrt(30).
     * Average ranks: additive 1.5, 1.5, 3, 4 (mean 2.5); holistic 1, 3, 2, 4 (mean 2.5).
     *   deviations (-1,-1,.5,1.5) and (-1.5,.5,-.5,1.5): products 1.5 - .5 - .25 + 2.25 = 3;
     *   squares 4.5 and 5 -> rho = 3 / sqrt(22.5) = sqrt(0.4). (Ranking ties 1, 1 instead of
     *   1.5, 1.5 would give 3.5 / sqrt(33.75) = 0.6025.)
     */
    @Test
    void averageRanksForTies() {
        HolisticCheck check = HolisticCheck.of(profile, List.of(
                new HolisticRating(pkg(0, 0), 30), new HolisticRating(pkg(2, 2), 60),
                new HolisticRating(pkg(1, 1), 50), new HolisticRating(pkg(1, 0), 90)));
        assertThat(check.disagreements()).containsExactly(
                new OrderDisagreement(pkg(0, 0), pkg(2, 2), Comparison.EQUAL, Comparison.SECOND_HIGHER),
                new OrderDisagreement(pkg(2, 2), pkg(1, 1), Comparison.SECOND_HIGHER, Comparison.FIRST_HIGHER));
        assertThat(check.disagreements()).extracting(OrderDisagreement::reversed).containsExactly(false, true);
        assertThat(check.kendallTau().getAsDouble()).isCloseTo(3 / Math.sqrt(30), within(1e-12));
        assertThat(check.spearmanRho().getAsDouble()).isCloseTo(Math.sqrt(0.4), within(1e-12));
    }

    @Test
    void consistentRatingsAgreeFully() {
        // holistic ratings equal to the additive utilities 100, 80, 70, 50
        HolisticCheck check = HolisticCheck.of(profile, List.of(
                new HolisticRating(pkg(0, 0), 50), new HolisticRating(pkg(1, 1), 70),
                new HolisticRating(pkg(1, 0), 80), new HolisticRating(pkg(2, 0), 100)));
        assertThat(check.disagreements()).isEmpty();
        assertThat(check.rows()).allSatisfy(row -> assertThat(row.difference()).isZero());
        assertThat(check.kendallTau().getAsDouble()).isEqualTo(1.0);
        assertThat(check.spearmanRho().getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void correlationsAreUndefinedWhenOneSideIsConstant() {
        HolisticCheck check = HolisticCheck.of(profile, List.of(
                new HolisticRating(pkg(0, 0), 70), new HolisticRating(pkg(1, 0), 70)));
        assertThat(check.kendallTau()).isEmpty();
        assertThat(check.spearmanRho()).isEmpty();
        // additive 50 < 80, holistic equal
        assertThat(check.disagreements()).hasSize(1);
    }

    @Test
    void validation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HolisticRating(pkg(0, 0), 101))
                .withMessage("rating: must be between 0 and 100, got 101");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolisticCheck.of(profile, List.of(new HolisticRating(pkg(0, 0), 50))))
                .withMessage("ratings: at least 2 rated packages are needed to compare orders, got 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolisticCheck.of(profile, List.of(
                        new HolisticRating(pkg(0, 0), 50), new HolisticRating(pkg(0, 0), 60))))
                .withMessage("ratings[1]: package NegotiationPackage[0, 0] is already rated at ratings[0]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolisticCheck.of(profile, List.of(
                        new HolisticRating(pkg(0, 0), 50), new HolisticRating(pkg(0, 3), 60))))
                .withMessage("ratings[1].negotiationPackage.choices[1]: option index 3 out of range for issue 'T' (3 options)");
    }
}
