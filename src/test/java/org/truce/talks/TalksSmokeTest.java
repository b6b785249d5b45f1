package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

class TalksSmokeTest extends IntegrationTest {

    @Test
    void flow() {
        String talks = TalksApiFixtures.open(api);
        TalksApiFixtures.statePositions(api, talks);
        Api.Response analysis = mediator().get("/api/talks/" + talks + "/analysis");
        System.out.println(analysis);
        assertThat(analysis.status()).isEqualTo(200);
        System.out.println(ua().get("/api/talks/" + talks + "/positions/UA"));
        var pkg = TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h72", "release");
        int v = TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(pkg, "agreed"));
        System.out.println(mediator().get("/api/talks/" + talks + "/text/versions/" + v + "/terms"));
        System.out.println(ua().put("/api/talks/" + talks + "/text/versions/" + v + "/final-answer", Map.of("answer", "yes")));
        Api.Response last = ru().put("/api/talks/" + talks + "/text/versions/" + v + "/final-answer", Map.of("answer", "yes"));
        System.out.println(last);
        System.out.println(ru().get("/api/talks/" + talks));
    }
}
