package org.truce.talks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.truce.testing.Api;

import tools.jackson.databind.JsonNode;

/**
 * Talks for the API tests, made through the API: a small agenda of six two-option issues (64
 * packages) whose options write valid agreement terms, and positions for UA and RU with values
 * no other test uses, so that a leak can be searched for in any answer.
 */
public final class TalksApiFixtures {

    private TalksApiFixtures() {
    }

    public static Map<String, Object> option(String id, String label, Map<String, Object> terms) {
        return Map.of("id", id, "labels", Map.of("en", label, "uk", label + " (uk)", "ru", label + " (ru)"), "terms", terms);
    }

    public static Map<String, Object> issue(String id, String title, List<Map<String, Object>> options) {
        return Map.of("id", id, "titles", Map.of("en", title), "options", options);
    }

    public static List<Map<String, Object>> agenda() {
        return List.of(
                issue("scope", "Protected categories", List.of(
                        option("grid", "Power plants and the grid", Map.of("protectedCategories",
                                List.of("power_plant", "substation", "transmission_line"))),
                        option("all", "All energy infrastructure", Map.of("protectedCategories",
                                List.of("power_plant", "substation", "transmission_line", "oil_refinery", "gas_pipeline"))))),
                issue("duration", "Duration", List.of(
                        option("d30", "30 days", Map.of("durationDays", 30)),
                        option("d60", "60 days", Map.of("durationDays", 60)))),
                issue("start", "Start", List.of(
                        option("fixed", "1 January 2030, 00:00 Kyiv time", Map.of("startsAt", "2030-01-01T00:00+02:00[Europe/Kyiv]")),
                        option("h72", "72 hours after both accept", Map.of("startsHoursAfterAgreement", 72, "zone", "Europe/Kyiv")))),
                issue("geography", "Geography", List.of(
                        option("borders", "Recognised borders", Map.of("geographicScope", Map.of("UA", List.of("UA"), "RU", List.of("RU")))),
                        option("control", "Territory each controls", Map.of("geographicScope",
                                Map.of("UA", List.of("UA"), "RU", List.of("RU", "UA-43")))))),
                issue("notification", "Notification", List.of(
                        option("h24", "24 hours", Map.of("notifyIncidentWithinHours", 24)),
                        option("h72", "72 hours", Map.of("notifyIncidentWithinHours", 72)))),
                issue("violation", "Violation", List.of(
                        option("consult", "Consultations", Map.of("consequences", List.of(Map.of("kind", "consultations",
                                "text", "Consultations through the mediator.")))),
                        option("release", "Releases the other party", Map.of("consequences",
                                List.of(Map.of("kind", "releases_other_party")))))));
    }

    /** The body of {@code POST /api/talks} for test talks between UA and RU. */
    public static Map<String, Object> newTalks(String title) {
        return Map.of("title", title, "mediator", "Test mediator", "venue", "Geneva", "parties", List.of("UA", "RU"),
                "zone", "Europe/Kyiv", "agenda", agenda());
    }

    /** Opens talks between UA and RU as the mediator; returns their id. */
    public static String open(Api api, String title) {
        Api.Response opened = api.as("demo-mediator").post("/api/talks", newTalks(title));
        if (opened.status() != 201) {
            throw new IllegalStateException("talks not opened: " + opened);
        }
        return opened.json().at("/talks/id").asString();
    }

    public static String open(Api api) {
        return open(api, "Test talks " + UUID.randomUUID());
    }

    /** UA's test position: likes the grid, long duration, recognised borders; red line: "control". */
    public static Map<String, Object> uaPosition() {
        return position(Map.of("scope", 23, "duration", 17, "start", 11, "geography", 29, "notification", 7, "violation", 13),
                ratings(Map.of("scope", List.of(100, 41), "duration", List.of(37, 100), "start", List.of(100, 53),
                        "geography", List.of(100, 0), "notification", List.of(100, 29), "violation", List.of(61, 100))),
                33, Map.of("geography", List.of("control")));
    }

    /** RU's test position: likes all energy, short duration, the territory it controls; red line: notification h24. */
    public static Map<String, Object> ruPosition() {
        return position(Map.of("scope", 31, "duration", 19, "start", 3, "geography", 27, "notification", 9, "violation", 11),
                ratings(Map.of("scope", List.of(47, 100), "duration", List.of(100, 43), "start", List.of(59, 100),
                        "geography", List.of(67, 100), "notification", List.of(19, 100), "violation", List.of(100, 71))),
                39, Map.of("notification", List.of("h24")));
    }

    private static Map<String, Object> position(Map<String, Integer> weights, Map<String, Map<String, Integer>> ratings,
                                                int reservation, Map<String, List<String>> redLines) {
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("weights", weights);
        position.put("ratings", ratings);
        position.put("reservationValue", reservation);
        position.put("redLines", redLines);
        position.put("holistic", List.of(
                Map.of("choices", pkg("grid", "d60", "fixed", "borders", "h24", "release"), "rating", 90),
                Map.of("choices", pkg("all", "d30", "h72", "control", "h72", "consult"), "rating", 20),
                Map.of("choices", pkg("grid", "d30", "h72", "borders", "h72", "consult"), "rating", 55)));
        return position;
    }

    private static Map<String, Map<String, Integer>> ratings(Map<String, List<Integer>> byIssue) {
        Map<String, List<String>> options = Map.of("scope", List.of("grid", "all"), "duration", List.of("d30", "d60"),
                "start", List.of("fixed", "h72"), "geography", List.of("borders", "control"),
                "notification", List.of("h24", "h72"), "violation", List.of("consult", "release"));
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        byIssue.forEach((issue, values) -> {
            Map<String, Integer> r = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                r.put(options.get(issue).get(i), values.get(i));
            }
            ratings.put(issue, r);
        });
        return ratings;
    }

    /** A package in agenda order: scope, duration, start, geography, notification, violation. */
    public static Map<String, String> pkg(String scope, String duration, String start, String geography, String notification,
                                          String violation) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scope", scope);
        p.put("duration", duration);
        p.put("start", start);
        p.put("geography", geography);
        p.put("notification", notification);
        p.put("violation", violation);
        return p;
    }

    /** Both positions stated by their own parties. */
    public static void statePositions(Api api, String talks) {
        check(api.as("demo-ua").put("/api/talks/" + talks + "/positions/UA", uaPosition()), 200);
        check(api.as("demo-ru").put("/api/talks/" + talks + "/positions/RU", ruPosition()), 200);
    }

    /** A clause per issue binding the package's options, all agreed. */
    public static List<Map<String, Object>> clauses(Map<String, String> pkg, String status) {
        List<Map<String, Object>> clauses = new ArrayList<>();
        clauses.add(Map.of("id", "preamble", "status", "agreed", "texts", Map.of("en", "The parties refrain from strikes "
                + "against the energy infrastructure of the other party.")));
        pkg.forEach((issue, option) -> clauses.add(Map.of("id", issue, "issue", issue, "option", option, "status", status,
                "texts", Map.of("en", "On " + issue + ": " + option + ".", "uk", "Щодо " + issue + ": " + option + "."))));
        return clauses;
    }

    /** Writes a version and shares it with both parties; returns its number. */
    public static int writeShared(Api api, String talks, List<Map<String, Object>> clauses) {
        Api.Response written = api.as("demo-mediator").post("/api/talks/" + talks + "/text/versions",
                Map.of("clauses", clauses, "note", "test version", "shareWith", List.of("UA", "RU")));
        check(written, 201);
        return written.json().at("/version/number").asInt();
    }

    public static String suggest(Api api, String talks, Map<String, String> pkg) {
        Api.Response offered = api.as("demo-mediator").post("/api/talks/" + talks + "/suggestions",
                Map.of("choices", pkg, "note", "A package to consider"));
        check(offered, 201);
        return offered.json().at("/suggestion/id").asString();
    }

    /** The id of the demo's Doha talks. */
    public static String demoTalks(Api api) {
        for (JsonNode talks : api.as("demo-mediator").get("/api/talks").json()) {
            if (talks.get("title").asString().contains("Doha")) {
                return talks.get("id").asString();
            }
        }
        throw new IllegalStateException("the demo data has no Doha talks");
    }

    public static JsonNode check(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response);
        }
        return response.json();
    }
}
