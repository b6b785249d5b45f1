package org.truce.agreement;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Terms as a mediator writes them (JSON of {@code POST /api/agreements} and {@code PUT …/draft}):
 * codes, instants and dates as text, so that {@link TermsValidator} can name every bad field at
 * once. Field meanings are those of {@link Terms}; instants are written with their offset
 * ({@code 2025-03-18T00:00+03:00}, optionally followed by {@code [Europe/Moscow]}).
 */
public record TermsInput(
        String title,
        List<String> parties,
        String mediator,
        String effectiveFrom,
        String effectiveZone,
        String until,
        String reviewDate,
        String extensionRule,
        List<String> protectedCategories,
        List<String> protectedPowerPlantKinds,
        Map<String, ScopeInput> geographicScope,
        List<String> prohibitedMeans,
        Boolean repelledAttemptsCount,
        Boolean siteListsExchanged,
        List<ObligationInput> obligations,
        List<ExclusionInput> exclusions,
        List<ConsequenceInput> consequences,
        List<String> entryIntoForceConditions,
        List<ClauseInput> clauses) {

    /** A party's geographic scope: region ids and/or GeoJSON Polygon or MultiPolygon geometries. */
    public record ScopeInput(List<String> regions, List<JsonNode> areas) {
    }

    public record ObligationInput(String kind, Integer withinHours, String text) {
    }

    public record ExclusionInput(String text, List<String> categories, List<String> regions) {
    }

    public record ConsequenceInput(String kind, String text) {
    }

    public record ClauseInput(String id, Map<String, String> texts, RestatementInput restates) {
    }

    public record RestatementInput(String term, JsonNode value) {
    }
}
