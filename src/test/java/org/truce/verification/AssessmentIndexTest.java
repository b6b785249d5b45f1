package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/** Which assessment is current for whom: a draft correction never hides, nor reveals itself behind, a finding. */
class AssessmentIndexTest {

    private static final Viewer MONITOR = new Viewer("acc_m", "m", Role.MONITOR, null);
    private static final Viewer RU = new Viewer("acc_ru", "ru", Role.PARTY, "RU");
    private static final Instant T = Instant.parse("2025-04-05T10:00:00Z");

    private static Assessment assessment(String id, Grade grade, String supersedes, int minutes, boolean published) {
        return new Assessment(id, "inc_1", 1, grade, "RU", "medium", "because", List.of(), "acc_m",
                T.plusSeconds(60L * minutes), supersedes, "acc_m", T.plusSeconds(60L * minutes), minutes,
                published ? "acc_med" : null, published ? T.plusSeconds(60L * minutes + 30) : null,
                published ? (long) minutes + 1 : null, List.of());
    }

    @Test
    void thePublicSeesTheFindingWhileItsCorrectionIsADraft() {
        Assessment finding = assessment("asm_1", Grade.PROBABLE_VIOLATION, null, 1, true);
        Assessment draft = assessment("asm_2", Grade.CONFIRMED_VIOLATION, "asm_1", 2, false);
        List<Assessment> chain = List.of(finding, draft);

        assertThat(AssessmentIndex.current(chain, MONITOR)).map(Assessment::id).contains("asm_2");
        assertThat(AssessmentIndex.current(chain, Viewer.PUBLIC)).map(Assessment::id).contains("asm_1");
        assertThat(AssessmentIndex.current(chain, RU)).map(Assessment::grade).contains(Grade.PROBABLE_VIOLATION);

        List<Assessment> visibleToPublic = AssessmentIndex.visible(chain, Viewer.PUBLIC);
        assertThat(visibleToPublic).extracting(Assessment::id).containsExactly("asm_1");
        assertThat(AssessmentIndex.summary(finding, chain, Viewer.PUBLIC).supersededBy())
                .as("the draft correction is not named to the public").isNull();
        assertThat(AssessmentIndex.summary(finding, chain, MONITOR).supersededBy())
                .isEqualTo("asm_2");
    }

    @Test
    void onceTheCorrectionIsPublishedItIsCurrentForEveryoneAndBothStayReadable() {
        Assessment finding = assessment("asm_1", Grade.PROBABLE_VIOLATION, null, 1, true);
        Assessment correction = assessment("asm_2", Grade.CONFIRMED_VIOLATION, "asm_1", 2, true);
        List<Assessment> chain = List.of(finding, correction);
        assertThat(AssessmentIndex.current(chain, Viewer.PUBLIC)).map(Assessment::id).contains("asm_2");
        assertThat(AssessmentIndex.visible(chain, Viewer.PUBLIC)).hasSize(2);
    }

    @Test
    void draftsAloneAreInvisibleToPartiesAndThePublic() {
        List<Assessment> drafts = List.of(assessment("asm_1", Grade.INCONCLUSIVE, null, 1, false));
        assertThat(AssessmentIndex.current(drafts, RU)).isEmpty();
        assertThat(AssessmentIndex.current(drafts, Viewer.PUBLIC)).isEmpty();
        assertThat(AssessmentIndex.current(drafts, MONITOR)).isPresent();
    }

    /** Over random chains (each assessment corrects the one before; any may be published): who sees which as current. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 7, 42, 2025, 31337, 99991})
    void theCurrentAssessmentOfARandomChain(long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (int round = 0; round < 200; round++) {
            int length = 1 + random.nextInt(6);
            List<Assessment> chain = new java.util.ArrayList<>();
            String lastPublished = null;
            for (int i = 0; i < length; i++) {
                boolean published = random.nextBoolean();
                String id = "asm_" + i;
                chain.add(assessment(id, Grade.values()[random.nextInt(Grade.values().length)], i == 0 ? null : "asm_" + (i - 1),
                        i, published));
                if (published) {
                    lastPublished = id;
                }
            }
            java.util.Collections.shuffle(chain, random);
            assertThat(AssessmentIndex.current(sortedByCreation(chain), MONITOR)).map(Assessment::id)
                    .contains("asm_" + (length - 1));
            assertThat(AssessmentIndex.current(sortedByCreation(chain), Viewer.PUBLIC).map(Assessment::id).orElse(null))
                    .isEqualTo(lastPublished);
            assertThat(AssessmentIndex.current(sortedByCreation(chain), RU).map(Assessment::id).orElse(null))
                    .isEqualTo(lastPublished);
            // each finding names, to the public, the next finding of the chain (drafts between are skipped)
            List<Assessment> ordered = sortedByCreation(chain);
            for (int i = 0; i < ordered.size(); i++) {
                if (!ordered.get(i).published()) {
                    continue;
                }
                String next = ordered.subList(i + 1, ordered.size()).stream().filter(Assessment::published)
                        .map(Assessment::id).findFirst().orElse(null);
                assertThat(AssessmentIndex.summary(ordered.get(i), chain, Viewer.PUBLIC).supersededBy()).isEqualTo(next);
            }
        }
    }

    /** The index holds each incident's assessments by creation (see {@code AssessmentIndex.Records}). */
    private static List<Assessment> sortedByCreation(List<Assessment> chain) {
        return new AssessmentIndex.Records(chain, List.of(), List.of(), null).assessments();
    }
}
