package org.truce.agreement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.truce.geo.Regions;

import tools.jackson.databind.json.JsonMapper;

/** Terms for the core's unit tests, written as a mediator writes them and read by the validator. */
final class TestTerms {

    static final Regions REGIONS = Regions.shipped();
    static final TermsValidator VALIDATOR = new TermsValidator(REGIONS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestTerms() {
    }

    static TermsInput input(Map<String, Object> written) {
        return JSON.convertValue(written, TermsInput.class);
    }

    static Terms read(Map<String, Object> written) {
        return VALIDATOR.validate(input(written), Set.of("UA", "RU", "MD"), "terms");
    }

    /** Complete UA-RU terms: the moratorium's shape. */
    static Map<String, Object> complete() {
        return AgreementFixtures.terms("Test moratorium", "UA", "RU");
    }

    static Terms window(Instant from, Instant until) {
        return read(AgreementFixtures.with(AgreementFixtures.with(AgreementFixtures.with(complete(),
                "effectiveFrom", from.toString()), "until", until == null ? null : until.toString()),
                "reviewDate", until == null ? "2030-01-01" : null));
    }

    /** A version of an agreement, signed by the given parties at the given instant. */
    static AgreementVersion version(int number, Terms terms, Instant signedAt, String... signers) {
        List<PartySignature> signatures = new ArrayList<>();
        for (String party : signers) {
            signatures.add(new PartySignature("sig_" + number + party.toLowerCase(), "agr_test", number, party, "key_test",
                    "", "", "", signedAt));
        }
        String document = VersionDocument.of("agr_test", number, terms).canonicalText();
        return new AgreementVersion("agr_test", number, 1, document, VersionDocument.sha256(document), terms,
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), signatures);
    }
}
