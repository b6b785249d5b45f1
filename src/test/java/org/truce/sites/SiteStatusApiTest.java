package org.truce.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.sites.SitesApiTest.refused;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Status transitions and who may make them, without exchanged lists (the default). */
class SiteStatusApiTest extends IntegrationTest {

    @Test
    void theMediatorDecidesTheOwnerWithdrawsAndEveryChangeIsInTheHistory() {
        String id = nominate(ua(), "Ladyzhyn substation", 48.68, 29.24);

        assertThat(status(ua(), id, "accepted", null).status()).as("a party does not accept its own site").isEqualTo(403);
        assertThat(status(ua(), id, "contested", "why not").status()).as("nor contest it").isEqualTo(403);
        assertThat(status(monitor(), id, "accepted", null).status()).as("monitors read, never decide").isEqualTo(403);
        assertThat(status(ru(), id, "contested", "military use").status())
                .as("the other party cannot see it while the lists are not exchanged").isEqualTo(404);
        assertThat(status(mediator(), id, "withdrawn", null).status()).as("only the owner withdraws").isEqualTo(403);
        refused(status(mediator(), id, "contested", " "), "reason", "required");
        refused(status(mediator(), id, "nominated", null), "status", "accepted, contested or withdrawn");

        Api.Response contested = status(mediator(), id, "contested", "Coordinates put it inside a military depot");
        assertThat(contested.status()).as(contested.toString()).isEqualTo(200);
        assertThat(contested.json().get("status").asString()).isEqualTo("contested");
        assertThat(contested.json().get("statusReason").asString()).isEqualTo("Coordinates put it inside a military depot");
        assertThat(status(mediator(), id, "contested", "again").status()).isEqualTo(409);

        assertThat(status(mediator(), id, "accepted", "Survey shows a civilian substation").json().get("status").asString())
                .isEqualTo("accepted");
        assertThat(status(ua(), id, "withdrawn", "Decommissioned").json().get("status").asString()).isEqualTo("withdrawn");
        Api.Response afterWithdrawal = status(mediator(), id, "accepted", null);
        assertThat(afterWithdrawal.status()).isEqualTo(409);
        assertThat(afterWithdrawal.json().get("field").asString()).isEqualTo("status");

        JsonNode history = ua().get("/api/sites/" + id).json().get("history");
        assertThat(history.findValuesAsString("action"))
                .containsExactly("site.nominated", "site.contested", "site.accepted", "site.withdrawn");
        assertThat(history.get(1).get("by").get("role").asString()).isEqualTo("mediator");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("Coordinates put it inside a military depot");
        assertThat(history.get(3).get("by").get("party").asString()).isEqualTo("UA");
        assertThat(history.findValues("ledgerSeq")).extracting(JsonNode::asLong).isSorted();
        assertThat(SitesApiTest.ids(monitor().get("/api/sites?status=withdrawn&near=48.68,29.24&radius=1"))).contains(id);
    }

    @Test
    void theMediatorMarksContestedControlWithAReason() {
        String id = nominate(ru(), "Belgorod 330 kV substation", 50.59, 36.6);
        assertThat(mediator().post("/api/sites/" + id + "/control", Map.of("contested", true)).json().get("field")
                .asString()).isEqualTo("reason");
        Api.Response marked = mediator().post("/api/sites/" + id + "/control",
                Map.of("contested", true, "reason", "Shelled from across the border; access cut"));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().get("controlContested").asBoolean()).isTrue();
        assertThat(ru().get("/api/sites/" + id).json().get("controlReason").asString()).contains("access cut");
        assertThat(ru().post("/api/sites/" + id + "/control", Map.of("contested", false)).status()).isEqualTo(403);
        assertThat(ua().post("/api/sites/" + id + "/control", Map.of("contested", false)).status()).isEqualTo(403);
        assertThat(mediator().post("/api/sites/" + id + "/control", Map.of("contested", false)).json()
                .get("controlContested").asBoolean()).isFalse();
    }

    private static Api.Response status(Api as, String id, String status, String reason) {
        return as.post("/api/sites/" + id + "/status", reason == null ? Map.of("status", status)
                : Map.of("status", status, "reason", reason));
    }

    private static String nominate(Api as, String name, double latitude, double longitude) {
        Api.Response created = as.post("/api/sites", Map.of("name", name, "category", "substation",
                "latitude", latitude, "longitude", longitude, "source", "own register"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
