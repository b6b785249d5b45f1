package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.truce.testing.IntegrationTest;
import org.truce.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * Every action the application has written to the ledger (the demo data of every feature, and
 * whatever the other tests wrote before this one) is claimed by a {@link LedgerRecordSource}, and
 * its record re-derives: driven by the ledger itself, so a feature added later is covered
 * without touching this test.
 */
class EveryActionHasARecordSourceTest extends IntegrationTest {

    @Autowired
    List<LedgerRecordSource> sources;

    @Test
    void everyActionWrittenHasASourceAndEveryRecordIsThere() throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection db = TestDatabase.connect(DATABASE); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT DISTINCT action FROM ledger_entry ORDER BY action")) {
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
        }
        assertThat(actions).as("the demo data writes to the ledger").contains("party.created", "account.created");
        assertThat(actions).as("actions no LedgerRecordSource handles (the audit cannot check them)")
                .allMatch(action -> sources.stream().anyMatch(s -> s.handles(action)));

        long size = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        List<String> unverifiable = new ArrayList<>();
        for (long start = 0; start < size; start += 1000) {
            for (JsonNode record : mediator().get("/api/ledger/records?start=" + start + "&end="
                    + Math.min(size, start + 1000)).json()) {
                if (!record.get("status").asString().equals("disclosed")) {
                    unverifiable.add(record.toString());
                }
            }
        }
        assertThat(unverifiable).as("records the mediator cannot check against their entries").isEmpty();
    }
}
