package org.truce.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

class AccountsApiTest extends IntegrationTest {

    @Test
    void demoAccountsAuthenticateWithTheirDocumentedTokens() {
        assertThat(ua().get("/api/me").json().get("party").asString()).isEqualTo("UA");
        assertThat(ru().get("/api/me").json().get("party").asString()).isEqualTo("RU");
        assertThat(monitor().get("/api/me").json().get("role").asString()).isEqualTo("monitor");
        assertThat(mediator().get("/api/me").json().get("role").asString()).isEqualTo("mediator");
    }

    @Test
    void theMediatorCreatesAnAccountWhoseTokenIsShownOnceAndWorks() {
        Api.Response created = mediator().post("/api/accounts",
                Map.of("username", "analyst-7", "role", "monitor", "displayName", "Analyst", "password", "correct horse battery"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().get("token").asString();
        String id = created.json().get("account").get("id").asString();
        assertThat(token).startsWith("truce_");

        assertThat(as(token).get("/api/me").json().get("username").asString()).isEqualTo("analyst-7");
        Api.Response listed = mediator().get("/api/accounts/" + id + "/tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(token).contains("initial");
    }

    @Test
    void aRevokedTokenIsRefused() {
        JsonNode created = mediator().post("/api/accounts", Map.of("username", "temp-monitor", "role", "monitor")).json();
        String id = created.get("account").get("id").asString();
        String token = created.get("token").asString();
        String tokenId = mediator().get("/api/accounts/" + id + "/tokens").json().get(0).get("id").asString();

        assertThat(mediator().delete("/api/accounts/" + id + "/tokens/" + tokenId).status()).isEqualTo(204);

        Api.Response refused = as(token).get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void onlyTheMediatorManagesAccounts() {
        Api.Response byParty = ua().post("/api/accounts", Map.of("username", "mole", "role", "mediator"));
        assertThat(byParty.status()).isEqualTo(403);
        assertThat(byParty.isProblem()).isTrue();
        assertThat(monitor().get("/api/accounts").status()).isEqualTo(403);
        assertThat(api.get("/api/accounts").status()).isEqualTo(401);
    }

    @Test
    void badAccountRequestsNameEachFieldAndCreateNothing() {
        int before = mediator().get("/api/accounts").json().size();

        Api.Response response = mediator().post("/api/accounts", Map.of("username", "Bad Name", "role", "boss"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("field").asString()).isEqualTo("username");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("username", "role");

        Api.Response partyWithoutParty = mediator().post("/api/accounts", Map.of("username", "delegate", "role", "party"));
        assertThat(partyWithoutParty.json().get("field").asString()).isEqualTo("party");

        Api.Response unknownParty = mediator().post("/api/accounts",
                Map.of("username", "delegate", "role", "party", "party", "XX"));
        assertThat(unknownParty.status()).isEqualTo(400);
        assertThat(unknownParty.json().get("field").asString()).isEqualTo("party");

        Api.Response shortPassword = mediator().post("/api/accounts",
                Map.of("username", "delegate", "role", "monitor", "password", "short"));
        assertThat(shortPassword.json().get("field").asString()).isEqualTo("password");

        Api.Response unknownField = mediator().post("/api/accounts", Map.of("username", "delegate", "rank", "x"));
        assertThat(unknownField.json().get("field").asString()).isEqualTo("rank");

        Api.Response malformed = mediator().post("/api/accounts", "{\"username\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("field").asString()).isEqualTo("body");

        Api.Response taken = mediator().post("/api/accounts", Map.of("username", "ua", "role", "monitor"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("field").asString()).isEqualTo("username");

        assertThat(mediator().get("/api/accounts").json().size()).isEqualTo(before);
    }

    @Test
    void partiesArePublic() {
        Api.Response parties = api.get("/api/parties");
        assertThat(parties.status()).isEqualTo(200);
        assertThat(parties.json().findValuesAsString("code")).contains("UA", "RU");
        assertThat(api.get("/api/parties/UA").json().get("name").asString()).isEqualTo("Ukraine");
        assertThat(api.get("/api/parties/XX").status()).isEqualTo(404);
    }

    @Test
    void anUnknownTokenIsRefusedRatherThanTreatedAsPublic() {
        Api.Response response = as("not-a-token").get("/api/parties");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }
}
