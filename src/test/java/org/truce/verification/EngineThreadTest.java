package org.truce.verification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class EngineThreadTest {

    @Test
    void changesRunInTheOrderHandedOverAndAFailingOneDoesNotStopTheNext() {
        EngineThread engine = new EngineThread();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                int change = i;
                engine.follow(() -> {
                    if (change == 50) {
                        throw new IllegalStateException("change 50 fails");
                    }
                    ran.add(change);
                });
            }
            engine.awaitCurrent();
            assertThat(ran).hasSize(99).isSorted().doesNotContain(50);
            assertThat(engine.backlog()).isZero();
        } finally {
            engine.close();
        }
    }

    @Test
    void aChangeHandedOverAfterTheEngineStoppedIsNotWaitedFor() {
        EngineThread engine = new EngineThread();
        engine.close();
        engine.follow(() -> {
        });
        engine.awaitCurrent();
        assertThat(engine.backlog()).isZero();
    }
}
