package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

/**
 * The incident pages, the queue, the findings and the agreement dashboards over plain HTTP: who
 * may open which, and that an incident the viewer may not read is the same 404 page as one that
 * does not exist.
 */
class IncidentPagesHttpTest extends IntegrationTest {

    private String demoAgreement() {
        for (tools.jackson.databind.JsonNode agreement : api.get("/api/agreements").json()) {
            if (agreement.get("parties").toString().contains("\"UA\"") && agreement.get("parties").toString().contains("\"RU\"")) {
                return agreement.get("id").asString();
            }
        }
        throw new AssertionError("no demo agreement between UA and RU");
    }

    @Test
    void anAgreementsDashboardOpensForTheSignedInOnlyWithItsFiguresPerParty() {
        String id = demoAgreement();
        assertThat(id).startsWith("agr_");
        for (Api who : new Api[] {ua(), ru(), monitor(), mediator()}) {
            Api.Response page = who.get("/dashboard/" + id, "text/html");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"party-figures\"").contains("data-party=\"UA\"").contains("data-party=\"RU\"")
                    .contains("data-daily-chart");
        }
        assertThat(api.send(api.request("/dashboard/" + id).GET()).status()).as("signing in first").isEqualTo(302);
        assertThat(ua().get("/dashboard/agr_00000000000000000000000000", "text/html").status()).isEqualTo(404);
        assertThat(ua().get("/dashboard", "text/html").body()).as("the home links each agreement's dashboard")
                .contains("href=\"/dashboard/" + id + "\"");
    }

    @Test
    void everyAgreementsDashboardAndComplianceReportOpenForTheMediatorDraftsIncluded() {
        int seen = 0;
        for (tools.jackson.databind.JsonNode agreement : mediator().get("/api/agreements").json()) {
            String id = agreement.get("id").asString();
            assertThat(mediator().get("/dashboard/" + id, "text/html").status()).as("dashboard of " + id).isEqualTo(200);
            assertThat(mediator().get("/compliance/" + id, "text/html").status()).as("compliance of " + id).isIn(200, 404);
            assertThat(api.get("/compliance/" + id, "text/html").status()).as("public compliance of " + id).isIn(200, 404);
            seen++;
        }
        assertThat(seen).isPositive();
    }

    @Test
    void theComplianceReportIsPublicWithTheAggregatesAndPublishedFindingsOnly() {
        String id = demoAgreement();
        Api.Response list = api.get("/compliance", "text/html");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/compliance/" + id + "\"");
        Api.Response page = api.get("/compliance/" + id, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-scope=\"published\"").contains("id=\"compliance-figures\"")
                .contains("data-daily-chart").contains("id=\"public-note\"");
        assertThat(mediator().get("/compliance/" + id, "text/html").body()).contains("data-scope=\"full\"");
        assertThat(api.get("/compliance/agr_00000000000000000000000000", "text/html").status()).isEqualTo(404);
        assertThat(api.get("/findings", "text/html").status()).as("the findings are public").isEqualTo(200);
        assertThat(api.send(api.request("/queue").GET()).status()).as("the queue is not").isEqualTo(302);
        assertThat(ua().get("/queue", "text/html").status()).as("nor a delegation's").isEqualTo(403);
        assertThat(monitor().get("/queue", "text/html").status()).isEqualTo(200);
        assertThat(inLanguage(api, "/findings", "uk")).contains("Опубліковані висновки");
        assertThat(inLanguage(api, "/compliance/" + id, "ru")).contains("Отчёт о соблюдении");
        assertThat(inLanguage(monitor(), "/queue", "uk")).contains("Інциденти, що чекають на оцінку");
        assertThat(inLanguage(ua(), "/dashboard/" + id, "ru")).contains("Осталось до конца срока");
    }

    private static String inLanguage(Api as, String path, String language) {
        Api.Response page = as.send(as.request(path).header("Accept", "text/html").header("Accept-Language", language).GET());
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    @Test
    void anotherPartysIncidentIsThe404PageOfOneThatDoesNotExistOnEveryPage() {
        java.util.Map<String, Object> report = org.truce.reports.ReportsFixtures.report();
        report.put("where", new java.util.LinkedHashMap<>(java.util.Map.of("latitude", 52.1 + Math.random() * 0.3,
                "longitude", 38.5 + Math.random() * 0.5, "precision", "town")));
        report.put("allegedPerpetrator", "UA");
        report.put("source", java.util.Map.of("kind", "party", "party", "RU", "name", "Confidential pages test"));
        String reportId = ru().post("/api/reports", report).json().get("id").asString();
        String incidentId = incidentOf(reportId);

        Api.Response hidden = ua().get("/incidents/" + incidentId, "text/html");
        Api.Response missing = ua().get("/incidents/inc_00000000000000000000000000", "text/html");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(hidden.body()).contains("data-status=\"404\"").doesNotContain(incidentId).doesNotContain("Confidential pages test");
        assertThat(api.get("/incidents/" + incidentId, "text/html").status()).as("unpublished: not the public's").isEqualTo(404);
        assertThat(ru().get("/incidents/" + incidentId, "text/html").body()).contains("Confidential pages test");
        assertThat(monitor().get("/incidents/" + incidentId, "text/html").body()).contains("Confidential pages test");
        assertThat(ua().get("/incidents?verdict=", "text/html").body()).doesNotContain(incidentId);
        assertThat(api.get("/incidents", "text/html").body()).doesNotContain(incidentId);
        assertThat(api.get("/findings", "text/html").body()).doesNotContain(incidentId);
        assertThat(api.get("/compliance/" + demoAgreement(), "text/html").body()).doesNotContain(incidentId)
                .doesNotContain("Confidential pages test");
        assertThat(ua().get("/queue", "text/html").status()).isEqualTo(403);
        assertThat(monitor().get("/queue", "text/html").body()).contains(incidentId);
        assertThat(monitor().post("/api/queue/" + incidentId + "/assignee", java.util.Map.of("assignee", "me")).status())
                .isEqualTo(200);
        assertThat(monitor().get("/queue?assignee=me", "text/html").body()).contains(incidentId).contains("data-role=\"mine\"");
        assertThat(mediator().get("/queue?assignee=me", "text/html").body()).as("the mediator took none").doesNotContain(incidentId);
    }

    @Autowired
    Incidents incidents;

    private String incidentOf(String reportId) {
        return IncidentApiFixtures.incidentHolding(incidents, reportId);
    }

    @Test
    void anIncidentThatDoesNotExistIsTheOrdinary404Page() {
        Api.Response missing = ua().get("/incidents/inc_00000000000000000000000000", "text/html");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("data-status=\"404\"");
        assertThat(api.get("/incidents", "text/html").status()).as("the public lists the published incidents").isEqualTo(200);
    }
}
