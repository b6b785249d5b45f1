package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

/** What the agreement API tests create for themselves: fresh parties with keys, complete terms, signatures. */
public final class AgreementFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AgreementFixtures() {
    }

    /** A party created for one test, with its account's API and its own key pair. */
    public record TestParty(String code, Api api, String token, KeyPair keys) {

        String publicKeyBase64() {
            return PartyKeys.base64(PartyKeys.rawPublicKey(keys.getPublic()));
        }

        public Api.Response registerKey() {
            return api.put("/api/parties/" + code + "/public-key", Map.of("publicKey", publicKeyBase64()));
        }

        String sign(byte[] canonical) {
            return PartyKeys.base64(PartyKeys.sign(keys.getPrivate(), canonical));
        }

        /** Fetches the canonical bytes of the version as this party and submits its signature. */
        public Api.Response signVersion(String agreementId, int version) {
            String path = "/api/agreements/" + agreementId + "/versions/" + version;
            Api.Response canonical = api.get(path + "/canonical");
            assertThat(canonical.status()).as(canonical.toString()).isEqualTo(200);
            return api.post(path + "/signatures", Map.of("signature", sign(canonical.body().getBytes(StandardCharsets.UTF_8))));
        }
    }

    /** Registers a new party and a party account for it (as the mediator), without a key. */
    public static TestParty newParty(Api api) {
        Api mediator = api.as("demo-mediator");
        String code = randomCode();
        Api.Response party = mediator.post("/api/parties", Map.of("code", code, "name", "Test party " + code));
        assertThat(party.status()).as(party.toString()).isEqualTo(201);
        Api.Response account = mediator.post("/api/accounts", Map.of("username", "delegate-" + code.toLowerCase(),
                "role", "party", "party", code));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        String token = account.json().get("token").asString();
        return new TestParty(code, api.as(token), token, PartyKeys.generate());
    }

    public static TestParty newPartyWithKey(Api api) {
        TestParty party = newParty(api);
        Api.Response registered = party.registerKey();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        return party;
    }

    /** Complete terms (they pass the vagueness check): the demo moratorium's shape between these parties. */
    public static Map<String, Object> terms(String title, String partyA, String partyB) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("title", title);
        terms.put("parties", List.of(partyA, partyB));
        terms.put("mediator", "Test mediator");
        terms.put("effectiveFrom", "2025-03-18T00:00+03:00[Europe/Moscow]");
        terms.put("effectiveZone", "Europe/Moscow");
        terms.put("until", "2025-04-17T00:00+03:00");
        terms.put("extensionRule", "by_mutual_agreement");
        terms.put("protectedCategories", List.of("oil_refinery", "substation", "power_plant"));
        terms.put("geographicScope", Map.of(partyA, Map.of("regions", List.of("UA")), partyB, Map.of("regions", List.of("RU"))));
        terms.put("prohibitedMeans", List.of("missile", "drone"));
        terms.put("clauses", List.of(Map.of("id", "duration",
                "texts", Map.of("en", "For 30 days from 18 March 2025, 00:00 Moscow time."),
                "restates", Map.of("term", "duration", "value", "P30D"))));
        return terms;
    }

    public static Map<String, Object> with(Map<String, Object> terms, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(terms);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    /** Drafts an agreement as the mediator and returns its id. */
    public static String draft(Api api, Map<String, Object> terms) {
        Api.Response created = api.as("demo-mediator").post("/api/agreements", Map.of("terms", terms));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static JsonNode asMediator(Api api, String agreementId) {
        Api.Response response = api.as("demo-mediator").get("/api/agreements/" + agreementId + "?at=2025-03-20T00:00:00Z");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The number of entries in the ledger, read from the test server's database. */
    static long ledgerSize() {
        try (Connection connection = TestDatabase.connect(IntegrationTest.DATABASE);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT size FROM ledger_head WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ledger rows of this feature's entries: seq, action, subject, actor, salt, body. */
    static List<String[]> agreementEntries() {
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(IntegrationTest.DATABASE);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT seq, action, subject, actor, salt, body FROM ledger_entry"
                     + " WHERE action LIKE 'agreement.%' OR action LIKE 'party_key.%' ORDER BY seq")) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 6; i++) {
            code.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return code.toString();
    }
}
