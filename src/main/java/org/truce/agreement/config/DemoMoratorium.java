package org.truce.agreement.config;

import java.util.List;
import java.util.Map;

import org.truce.agreement.TermsInput;
import org.truce.agreement.TermsInput.ClauseInput;
import org.truce.agreement.TermsInput.ConsequenceInput;
import org.truce.agreement.TermsInput.RestatementInput;
import org.truce.agreement.TermsInput.ScopeInput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The demo's agreement: the 30-day moratorium on strikes against energy infrastructure of March
 * 2025, as a mediator would have written it. "30 days from 18 March 2025 00:00 Moscow time" is
 * read as 30 calendar days in Europe/Moscow: from 2025-03-18T00:00+03:00 (inclusive) to
 * 2025-04-17T00:00+03:00 (exclusive), which is also exactly 720 hours (Moscow keeps no summer time).
 */
final class DemoMoratorium {

    static final String TITLE = "Moratorium on strikes against energy infrastructure (March 2025)";
    static final String MEDIATOR = "Third-party mediator (demo)";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The taxonomy's reading of the categories the parties named. */
    static final List<String> CATEGORIES = List.of(
            "oil_refinery",                                   // oil refineries
            "oil_pipeline", "gas_pipeline",                    // oil and gas pipelines
            "oil_depot", "gas_storage",                        // ... and storage
            "oil_pumping", "gas_compressor",                   // ... including pumping stations
            "power_plant",                                     // power generation: every kind, so nuclear and hydro too
            "substation", "transmission_line");                // power transmission

    private DemoMoratorium() {
    }

    static TermsInput terms() {
        return new TermsInput(
                TITLE,
                List.of("UA", "RU"),
                MEDIATOR,
                "2025-03-18T00:00+03:00[Europe/Moscow]",
                "Europe/Moscow",
                "2025-04-17T00:00+03:00",
                null,
                "by_mutual_agreement",
                CATEGORIES,
                List.of(),
                Map.of("UA", new ScopeInput(List.of("UA"), List.of()), "RU", new ScopeInput(List.of("RU"), List.of())),
                List.of("missile", "drone", "rocket", "artillery", "glide_bomb", "aircraft"),
                true,
                false,
                List.of(),
                List.of(),
                List.of(new ConsequenceInput("releases_other_party", "A violation by one party releases the other.")),
                List.of("Signature of this version by both parties."),
                clauses());
    }

    private static List<ClauseInput> clauses() {
        return List.of(
                new ClauseInput("duration", Map.of(
                        "en", "The parties refrain from strikes against the energy infrastructure of the other party for "
                                + "30 days from 18 March 2025, 00:00 Moscow time.",
                        "uk", "Сторони утримуються від ударів по енергетичній інфраструктурі іншої сторони протягом 30 днів "
                                + "з 00:00 за московським часом 18 березня 2025 року.",
                        "ru", "Стороны воздерживаются от ударов по энергетической инфраструктуре другой стороны в течение "
                                + "30 дней с 00:00 по московскому времени 18 марта 2025 года."),
                        new RestatementInput("duration", NODES.stringNode("P30D"))),
                new ClauseInput("scope", Map.of(
                        "en", "Energy infrastructure means oil refineries; oil and gas pipelines and storage facilities, "
                                + "including pumping stations; power generation and transmission infrastructure, including "
                                + "power plants, substations and transmission lines; nuclear power plants; and hydroelectric "
                                + "power plants."),
                        new RestatementInput("protectedCategories", codes(CATEGORIES))),
                new ClauseInput("territory", Map.of(
                        "en", "The moratorium covers the territories of both parties."),
                        new RestatementInput("geographicScope", NODES.objectNode()
                                .set("UA", NODES.arrayNode().add("UA")).set("RU", NODES.arrayNode().add("RU")))),
                new ClauseInput("extension", Map.of(
                        "en", "The moratorium may be extended by mutual agreement of the parties."),
                        new RestatementInput("extensionRule", NODES.stringNode("by_mutual_agreement"))),
                new ClauseInput("violation", Map.of(
                        "en", "A violation by one party releases the other from its obligations under this moratorium.",
                        "uk", "Порушення однією стороною звільняє іншу сторону від її зобов'язань за цим мораторієм.",
                        "ru", "Нарушение одной стороной освобождает другую сторону от её обязательств по этому мораторию."),
                        new RestatementInput("consequences", NODES.arrayNode().add("releases_other_party"))));
    }

    private static JsonNode codes(List<String> codes) {
        var array = NODES.arrayNode();
        codes.forEach(array::add);
        return array;
    }
}
