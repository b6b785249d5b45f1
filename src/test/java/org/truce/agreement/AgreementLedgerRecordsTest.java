package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.truce.ledger.Commitment;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Viewer;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Every agreement entry in the ledger commits to a record that can be re-derived from the database. */
class AgreementLedgerRecordsTest extends IntegrationTest {

    @Autowired
    List<LedgerRecordSource> sources;

    private Optional<Object> content(String[] entry, Viewer viewer) {
        LedgerRecordSource source = sources.stream().filter(s -> s.handles(entry[1])).findFirst().orElseThrow();
        return source.content(entry[1], entry[2], Long.parseLong(entry[0]), viewer);
    }

    @Test
    void eachDraftEditKeyAndSignatureReDerivesToItsCommitment() {
        AgreementFixtures.TestParty a = AgreementFixtures.newPartyWithKey(api);
        AgreementFixtures.TestParty b = AgreementFixtures.newPartyWithKey(api);
        java.util.Map<String, Object> terms = AgreementFixtures.terms("Audited", a.code(), b.code());
        String id = AgreementFixtures.draft(api, terms);
        mediator().put("/api/agreements/" + id + "/draft", java.util.Map.of("terms", AgreementFixtures.with(terms, "title", "Audited, edited")));
        a.signVersion(id, 1);
        b.signVersion(id, 1);

        List<String[]> entries = AgreementFixtures.agreementEntries();
        assertThat(entries.stream().map(e -> e[1]).distinct())
                .contains("agreement.drafted", "agreement.draft_edited", "agreement.signed", "party_key.registered");
        Viewer mediator = Viewer.system("audit");
        for (String[] entry : entries) {
            Object content = content(entry, mediator).orElseThrow(() -> new AssertionError("no record for " + String.join(" ", entry)));
            String commitment = Commitment.commit(HexFormat.of().parseHex(entry[4]), entry[1], entry[2], entry[3], content);
            JsonNode body = Api.JSON.readTree(entry[5]);
            assertThat(commitment).as("entry %s %s %s", entry[0], entry[1], entry[2]).isEqualTo(body.get("commitment").asString());
        }
    }

    @Test
    void thePublicSeesKeyRecordsButNotDrafts() {
        AgreementFixtures.TestParty a = AgreementFixtures.newPartyWithKey(api);
        AgreementFixtures.TestParty b = AgreementFixtures.newPartyWithKey(api);
        String id = AgreementFixtures.draft(api, AgreementFixtures.terms("Not public", a.code(), b.code()));
        List<String[]> entries = AgreementFixtures.agreementEntries();
        String[] drafted = entries.stream().filter(e -> e[2].equals(id)).findFirst().orElseThrow();
        String[] key = entries.stream().filter(e -> e[1].equals("party_key.registered")).findFirst().orElseThrow();
        assertThat(content(drafted, Viewer.PUBLIC)).isEmpty();
        assertThat(content(key, Viewer.PUBLIC)).isPresent();
        assertThat(content(drafted, new Viewer("acc_x", "x", org.truce.shared.Role.PARTY, a.code()))).isPresent();
        assertThat(content(drafted, new Viewer("acc_y", "y", org.truce.shared.Role.PARTY, "UA"))).isEmpty();
    }
}
