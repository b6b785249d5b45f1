package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The monitors' queue: potential violations first, then undetermined, then not covered; each oldest first. */
class QueueOrderTest {

    private static QueueItem item(String id, Verdict verdict, Instant opened) {
        return new QueueItem(id, verdict, opened, opened, null, Set.of(), 1, opened, null, null);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2025})
    void anyShuffleSortsToTheSameOrder(long seed) {
        Instant t = Instant.parse("2025-03-20T00:00:00Z");
        List<QueueItem> expected = List.of(
                item("inc_a", Verdict.POTENTIAL_VIOLATION, t),
                item("inc_b", Verdict.POTENTIAL_VIOLATION, t.plusSeconds(60)),
                item("inc_c", Verdict.POTENTIAL_VIOLATION, t.plusSeconds(60)),
                item("inc_d", Verdict.UNDETERMINED, t.minusSeconds(3600)),
                item("inc_e", Verdict.NOT_COVERED, t.minusSeconds(7200)));
        List<QueueItem> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(Assessments.QUEUE_ORDER);
        assertThat(shuffled).extracting(QueueItem::incidentId).containsExactly("inc_a", "inc_b", "inc_c", "inc_d", "inc_e");
    }
}
