package org.truce.talks.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.truce.shared.DemoSeed;
import org.truce.talks.Agenda;
import org.truce.talks.EnergyMoratoriumExample;
import org.truce.talks.NegotiationAgenda;
import org.truce.talks.NegotiationPackage;
import org.truce.talks.Position;
import org.truce.talks.PositionProfiles;
import org.truce.talks.PreferenceProfile;
import org.truce.talks.TalksApiFixtures;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * The demo's Doha 2024 talks: the timeline as the sources tell it (with its uncertainty), the
 * moratorium's agenda, illustrative positions marked as such, an analysis with a frontier and a
 * suggestion; and a second demo run adds nothing.
 */
class DemoTalksTest extends IntegrationTest {

    @Autowired
    List<DemoSeed> seeds;

    @Test
    void theDohaTalksFollowTheSourcesAndSayWhatIsUncertain() {
        String doha = TalksApiFixtures.demoTalks(api);
        JsonNode overview = ua().get("/api/talks/" + doha).json();
        assertThat(overview.at("/talks/mediator").asString()).isEqualTo("State of Qatar");
        assertThat(overview.at("/talks/venue").asString()).isEqualTo("Doha");
        assertThat(overview.at("/talks/parties")).extracting(JsonNode::asString).containsExactly("UA", "RU");
        assertThat(overview.get("status").asString()).isEqualTo("suspended");
        JsonNode timeline = overview.get("timeline");
        assertThat(timeline).extracting(e -> e.get("kind").asString() + " " + e.get("precision").asString())
                .containsExactly("held about_month", "scheduled month", "suspended day", "scheduled day");
        assertThat(timeline.get(0).at("/summaries/en").asString()).contains("about two months");
        assertThat(timeline.get(2).at("/causes/en").asString())
                .isEqualTo("escalation: cross-border offensive into Kursk region, 6 Aug 2024, not notified to the mediator");
        assertThat(timeline.get(2).at("/summaries/en").asString()).contains("escalation").contains("not public");
        assertThat(timeline.get(3).get("at").asString()).isEqualTo("2024-08-21T21:00:00Z");
        assertThat(timeline.get(3).at("/summaries/en").asString()).contains("video call on 22 August");
        assertThat(timeline.get(0).at("/summaries/uk").asString()).isNotBlank();
        assertThat(timeline.get(0).at("/summaries/ru").asString()).isNotBlank();
        assertThat(overview.get("rounds")).extracting(r -> r.get("format").asString()).containsExactly("shuttle", "proximity", "video");
        assertThat(overview.get("delegations")).hasSize(2);
        assertThat(overview.at("/talks/agenda/issues")).extracting(i -> i.get("id").asString())
                .containsExactly("scope", "duration", "start", "geography", "monitoring", "notification", "violation");
    }

    @Test
    void theIllustrativePositionsGiveAFrontierAndASuggestion() {
        String doha = TalksApiFixtures.demoTalks(api);
        for (Api party : List.of(ua(), ru())) {
            String code = party.get("/api/me").json().get("party").asString();
            assertThat(party.get("/api/talks/" + doha + "/positions/" + code).json().at("/position/illustrative").asBoolean())
                    .as(code + "'s demo position is marked illustrative").isTrue();
        }
        JsonNode analysis = mediator().get("/api/talks/" + doha + "/analysis").json();
        assertThat(analysis.get("packageCount").asLong()).isEqualTo(2916);
        assertThat(analysis.get("frontier").size()).isGreaterThan(5);
        JsonNode suggested = analysis.at("/kalaiSmorodinsky/suggested/choices");
        assertThat(ua().get("/api/talks/" + doha + "/suggestions").json()).anySatisfy(s ->
                assertThat(s.at("/suggestion/choices")).isEqualTo(suggested));
        assertThat(ua().get("/api/talks/" + doha + "/text").json().get("versions")).hasSize(2);
        assertThat(ua().get("/api/talks/" + doha + "/channels/UA/messages").json()).hasSize(3);
    }

    @Test
    void theDemoPositionsAreTheExamplesProfilesWithTheStartRenamed() {
        String doha = TalksApiFixtures.demoTalks(api);
        Agenda agenda = new Agenda(DohaAgenda.issues());
        for (String party : List.of("UA", "RU")) {
            Position stored = org.truce.talks.TalksJson.read(mediator().get("/api/talks/" + doha + "/positions/" + party)
                    .json().get("position").toString(), Position.class);
            PreferenceProfile mapped = PositionProfiles.profile(agenda, stored);
            PreferenceProfile example = party.equals("UA") ? EnergyMoratoriumExample.firstProfile() : EnergyMoratoriumExample.secondProfile();
            NegotiationAgenda ours = agenda.negotiationAgenda();
            NegotiationAgenda theirs = example.agenda();
            for (long i = 0; i < ours.packageCount(); i++) {
                NegotiationPackage p = ours.packageAt(i);
                assertThat(mapped.utility(p)).as(party + " package " + i).isEqualTo(example.utility(theirs.packageAt(i)));
                assertThat(mapped.accepts(p)).isEqualTo(example.accepts(theirs.packageAt(i)));
            }
        }
    }

    @Test
    void aSecondDemoAddsNothing() throws Exception {
        String doha = TalksApiFixtures.demoTalks(api);
        long before = records(doha);
        DemoSeed talks = seeds.stream().filter(s -> s instanceof TalksDemoSeed).findFirst().orElseThrow();
        talks.seed(Path.of("target", "test-data"));
        assertThat(records(doha)).isEqualTo(before);
        assertThat(mediator().get("/api/talks").json().valueStream()
                .filter(t -> t.get("title").asString().equals(DohaStory.TITLE)).count()).isEqualTo(1);
        assertThat(before).isGreaterThan(20);
    }

    private static long records(String talks) throws Exception {
        try (Connection db = TestDatabase.connect(DATABASE);
             PreparedStatement sql = db.prepareStatement("SELECT COUNT(*) FROM talks_record WHERE talks_id = ?")) {
            sql.setString(1, talks);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
