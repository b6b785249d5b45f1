package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
    void anIncidentThatDoesNotExistIsTheOrdinary404Page() {
        Api.Response missing = ua().get("/incidents/inc_00000000000000000000000000", "text/html");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("data-status=\"404\"");
        assertThat(api.get("/incidents", "text/html").status()).as("the public lists the published incidents").isEqualTo(200);
    }
}
