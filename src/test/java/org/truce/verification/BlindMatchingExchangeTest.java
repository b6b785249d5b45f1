package org.truce.verification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.sites.SiteListExchange;
import org.truce.testing.Api;
import org.truce.testing.TestApplications;
import tools.jackson.databind.JsonNode;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blind matching follows the agreement: where the lists are exchanged (a {@link SiteListExchange},
 * as the agreement feature provides), a party reading a determination sees the other party's site
 * itself; where they are not, only "a protected site registered by RU" and its category.
 */
class BlindMatchingExchangeTest {

    private static final String DATABASE = "truce_incidents_exchange";
    private static final AtomicBoolean EXCHANGED = new AtomicBoolean();
    private static ConfigurableApplicationContext app;
    private static Api api;

    @BeforeAll
    static void start() {
        app = TestApplications.demoWithSiteListExchange(DATABASE, EXCHANGED);
        api = TestApplications.api(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The Sudzha station as UA's claim c03 matched it. */
    private static JsonNode sudzhaAsUa() {
        for (JsonNode summary : api.as("demo-ua").get("/api/incidents?bbox=35,51,35.5,51.5").json().get("incidents")) {
            JsonNode incident = api.as("demo-ua").get("/api/incidents/" + summary.get("id").asString()).json();
            if (incident.get("claims").get(0).get("externalRef").asString().equals("c03")) {
                return DemoVerdictsApiTest.step(incident.get("determinations").get(0), "target").get("facts").get("sites").get(0);
            }
        }
        throw new AssertionError("UA reads no incident with its claim c03");
    }

    @Test
    void aPartySeesTheOtherPartysMatchedSiteOnlyWhereTheListsAreExchanged() {
        EXCHANGED.set(false);
        JsonNode blind = sudzhaAsUa();
        assertThat(blind.get("site").asString()).isEqualTo("a protected site registered by RU");
        assertThat(blind.get("category").asString()).isEqualTo("gas_metering");
        assertThat(blind.has("siteId")).isFalse();
        EXCHANGED.set(true);
        try {
            JsonNode seen = sudzhaAsUa();
            assertThat(seen.get("name").asString()).isEqualTo("Sudzha gas metering station");
            assertThat(seen.get("siteId").asString()).startsWith("site_");
            assertThat(seen.get("controlContested").asBoolean()).isTrue();
        } finally {
            EXCHANGED.set(false);
        }
        assertThat(sudzhaAsUa().has("name")).isFalse();
    }
}
