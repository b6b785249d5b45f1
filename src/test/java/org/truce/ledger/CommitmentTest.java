package org.truce.ledger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.shared.CanonicalJson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope written around a content's canonical JSON is the canonical JSON of the whole envelope. */
class CommitmentTest {

    record Sample(String id, Instant at, LocalDate day, double latitude, Double missing, List<String> tags,
                  Map<String, Object> extra, boolean flag, long count) {
    }

    static Stream<Object[]> contents() {
        Random random = new Random(20250318);
        List<Object[]> cases = new ArrayList<>();
        String[] texts = {"plain", "Суджа", "quote \" and \\ backslash", "tab\tnew\nline", "\u0001control", "emoji 😀", ""};
        for (int i = 0; i < 40; i++) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("zeta", texts[random.nextInt(texts.length)]);
            extra.put("Alpha", random.nextInt(1000) - 500);
            extra.put("é", random.nextDouble() * 1e6);
            extra.put("nested", Map.of("b", List.of(1, 2.5, "x"), "a", random.nextBoolean()));
            Object content = new Sample("rep_" + i, Instant.ofEpochMilli(random.nextLong() >>> 24),
                    LocalDate.of(2025, 3, 1 + random.nextInt(28)), random.nextDouble() * 180 - 90, null,
                    List.of(texts[random.nextInt(texts.length)]), extra, random.nextBoolean(), random.nextLong());
            String actor = i % 7 == 0 ? null : "acc_" + texts[random.nextInt(texts.length)];
            cases.add(new Object[] {"report.submitted", texts[random.nextInt(texts.length)], actor, content});
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("contents")
    void theEnvelopeAroundTheContentsCanonicalJsonIsTheCanonicalJsonOfTheEnvelope(String action, String subject,
                                                                                String actor, Object content) {
        byte[] whole = CanonicalJson.bytes(Commitment.envelope(action, subject, actor, content));
        assertThat(new String(Commitment.canonicalEnvelope(action, subject, actor, content)))
                .isEqualTo(new String(whole));
        assertThat(Commitment.canonicalEnvelope(action, subject, actor, CanonicalJson.ahead(content))).isEqualTo(whole);
        byte[] salt = Commitment.newSalt();
        assertThat(Commitment.commit(salt, action, subject, actor, CanonicalJson.ahead(content)))
                .isEqualTo(Commitment.commitToCanonical(salt, whole));
    }
}
