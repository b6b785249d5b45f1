package org.truce.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.truce.geo.GeoJson;
import org.truce.geo.Regions;
import org.truce.shared.Category;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.Means;
import org.truce.shared.PowerPlantKind;

import tools.jackson.databind.JsonNode;

/**
 * Turns terms as written into {@link Terms}, or refuses them naming every bad field. It refuses
 * what is wrong (an unknown category, an end before the start, a local time without its zone, an
 * unknown region); what is merely not settled yet is the {@link VaguenessCheck}'s business.
 */
public final class TermsValidator {

    static final int MAX_TEXT = 20_000;
    static final int MAX_ITEMS = 200;
    private static final Pattern CLAUSE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final Regions regions;

    public TermsValidator(Regions regions) {
        this.regions = regions;
    }

    /**
     * @param input        the terms as written
     * @param knownParties the registered party codes
     * @param at           the JSON path of the terms ({@code terms}), prefixed to every field named
     */
    public Terms validate(TermsInput input, Set<String> knownParties, String at) {
        Run run = new Run(at);
        if (input == null) {
            throw InvalidInput.of(at, "required");
        }
        String title = run.text(input.title(), "title", 200, true);
        List<String> parties = parties(run, input.parties(), knownParties);
        String mediator = run.text(input.mediator(), "mediator", 200, false);
        Window window = window(run, input);
        ExtensionRule extension = run.code(input.extensionRule(), "extensionRule", ExtensionRule::byCode, ExtensionRule.codes());
        Set<Category> categories = new HashSet<>(run.codes(input.protectedCategories(), "protectedCategories",
                Category::byCode, Category.codes()));
        Set<PowerPlantKind> kinds = new HashSet<>(run.codes(input.protectedPowerPlantKinds(), "protectedPowerPlantKinds",
                PowerPlantKind::byCode, List.of("thermal", "nuclear", "hydro", "solar", "wind", "chp")));
        if (!kinds.isEmpty() && !categories.contains(Category.POWER_PLANT)) {
            run.problem("protectedPowerPlantKinds", "names kinds of power plant, but power_plant is not a protected category");
        }
        Map<String, GeographicScope> scope = scope(run, input.geographicScope(), parties);
        Set<Means> means = new HashSet<>(run.codes(input.prohibitedMeans(), "prohibitedMeans", Means::byCode, Means.codes()));
        List<Obligation> obligations = obligations(run, input.obligations());
        List<Exclusion> exclusions = exclusions(run, input.exclusions());
        List<Consequence> consequences = consequences(run, input.consequences());
        List<String> conditions = new ArrayList<>();
        List<String> writtenConditions = run.list(input.entryIntoForceConditions(), "entryIntoForceConditions");
        for (int i = 0; i < writtenConditions.size(); i++) {
            conditions.add(run.text(writtenConditions.get(i), "entryIntoForceConditions[" + i + "]", MAX_TEXT, true));
        }
        List<Clause> clauses = clauses(run, input.clauses());
        run.throwIfAny();
        return new Terms(title, parties, mediator, window.from, window.zone, window.until, window.reviewDate, extension,
                categories, kinds, scope, means, Boolean.TRUE.equals(input.repelledAttemptsCount()),
                Boolean.TRUE.equals(input.siteListsExchanged()), obligations, exclusions, consequences, conditions, clauses);
    }

    private static List<String> parties(Run run, List<String> written, Set<String> known) {
        if (written == null || written.isEmpty()) {
            run.problem("parties", "required: the codes of the parties, such as [\"UA\", \"RU\"]");
            return List.of();
        }
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String code = written.get(i) == null ? "" : written.get(i).trim();
            if (!known.contains(code)) {
                run.problem("parties[" + i + "]", "no party '" + code + "'; known parties: " + known.stream().sorted().toList());
            } else if (parties.contains(code)) {
                run.problem("parties[" + i + "]", code + " is named twice");
            } else {
                parties.add(code);
            }
        }
        if (written.size() < 2) {
            run.problem("parties", "an agreement binds at least two parties");
        }
        return parties;
    }

    private record Window(Instant from, String zone, Instant until, LocalDate reviewDate) {
    }

    private static Window window(Run run, TermsInput input) {
        WrittenInstant from = run.parse(input.effectiveFrom(), "effectiveFrom", WrittenInstant::parse);
        ZoneId zone = run.parse(input.effectiveZone(), "effectiveZone", WrittenInstant::parseZone);
        if (from != null && from.zone() != null) {
            if (zone == null) {
                zone = ZoneId.of(from.zone());
            } else if (!zone.getId().equals(from.zone())) {
                run.problem("effectiveZone", "says " + zone.getId() + " but effectiveFrom names " + from.zone());
            }
        }
        if (from != null && zone != null && !from.offset().equals(ZoneOffset.UTC)) {
            ZoneOffset then = zone.getRules().getOffset(from.instant());
            if (!then.equals(from.offset())) {
                run.problem("effectiveFrom", "written with offset " + from.offset() + ", but " + zone.getId() + " was at "
                        + then + " then: write the local time in " + zone.getId() + " or correct effectiveZone");
            }
        }
        WrittenInstant until = run.parse(input.until(), "until", WrittenInstant::parse);
        if (from != null && until != null && !until.instant().isAfter(from.instant())) {
            run.problem("until", "ends (" + until.instant() + ") before it starts (effectiveFrom " + from.instant() + ")");
        }
        LocalDate review = run.parse(input.reviewDate(), "reviewDate", WrittenInstant::parseDate);
        if (from != null && review != null) {
            LocalDate start = from.instant().atZone(zone == null ? ZoneOffset.UTC : zone).toLocalDate();
            if (review.isBefore(start)) {
                run.problem("reviewDate", "is before the agreement starts (" + start + ")");
            }
        }
        return new Window(from == null ? null : from.instant(), zone == null ? null : zone.getId(),
                until == null ? null : until.instant(), review);
    }

    private Map<String, GeographicScope> scope(Run run, Map<String, TermsInput.ScopeInput> written, List<String> parties) {
        Map<String, GeographicScope> scope = new LinkedHashMap<>();
        if (written == null) {
            return scope;
        }
        written.forEach((party, input) -> {
            String at = "geographicScope." + party;
            if (!parties.contains(party)) {
                run.problem(at, party + " is not one of the parties " + parties);
                return;
            }
            if (input == null) {
                run.problem(at, "give regions and/or areas");
                return;
            }
            List<String> ids = run.list(input.regions(), at + ".regions");
            for (int i = 0; i < ids.size(); i++) {
                if (regions.byId(ids.get(i)).isEmpty()) {
                    run.problem(at + ".regions[" + i + "]", "no shipped region '" + ids.get(i)
                            + "'; ids are ISO 3166 codes such as UA, RU, UA-74, RU-KRS (GET /api/regions)");
                }
            }
            List<JsonNode> areas = new ArrayList<>();
            List<JsonNode> writtenAreas = run.list(input.areas(), at + ".areas");
            for (int i = 0; i < writtenAreas.size(); i++) {
                String field = run.field(at + ".areas[" + i + "]");
                try {
                    Geometry area = GeoJson.read(writtenAreas.get(i), field);
                    if (area instanceof Polygon || area instanceof MultiPolygon) {
                        areas.add(GeoJson.write(area));
                    } else {
                        run.problem(at + ".areas[" + i + "]", "an area is a Polygon or MultiPolygon, not a "
                                + area.getGeometryType());
                    }
                } catch (InvalidInput invalid) {
                    run.problems.addAll(invalid.problems());
                }
            }
            scope.put(party, new GeographicScope(ids, areas));
        });
        return scope;
    }

    private static List<Obligation> obligations(Run run, List<TermsInput.ObligationInput> written) {
        List<Obligation> obligations = new ArrayList<>();
        List<TermsInput.ObligationInput> items = run.list(written, "obligations");
        for (int i = 0; i < items.size(); i++) {
            String at = "obligations[" + i + "]";
            TermsInput.ObligationInput o = items.get(i);
            ObligationKind kind = run.required(o == null ? null : o.kind(), at + ".kind", ObligationKind::byCode, ObligationKind.codes());
            if (o == null || kind == null) {
                continue;
            }
            String text = run.text(o.text(), at + ".text", MAX_TEXT, kind == ObligationKind.OTHER);
            if (kind == ObligationKind.NOTIFY_INCIDENT && (o.withinHours() == null || o.withinHours() < 1 || o.withinHours() > 8760)) {
                run.problem(at + ".withinHours", "a notification obligation gives its notice period: 1 to 8760 hours");
            } else if (kind != ObligationKind.NOTIFY_INCIDENT && o.withinHours() != null) {
                run.problem(at + ".withinHours", "only a notify_incident obligation has a notice period");
            }
            obligations.add(new Obligation(kind, o.withinHours(), text));
        }
        return obligations;
    }

    private List<Exclusion> exclusions(Run run, List<TermsInput.ExclusionInput> written) {
        List<Exclusion> exclusions = new ArrayList<>();
        List<TermsInput.ExclusionInput> items = run.list(written, "exclusions");
        for (int i = 0; i < items.size(); i++) {
            String at = "exclusions[" + i + "]";
            TermsInput.ExclusionInput e = items.get(i);
            if (e == null) {
                run.problem(at, "required");
                continue;
            }
            String text = run.text(e.text(), at + ".text", MAX_TEXT, true);
            List<Category> categories = run.codes(e.categories(), at + ".categories", Category::byCode, Category.codes());
            List<String> ids = run.list(e.regions(), at + ".regions");
            for (int r = 0; r < ids.size(); r++) {
                if (regions.byId(ids.get(r)).isEmpty()) {
                    run.problem(at + ".regions[" + r + "]", "no shipped region '" + ids.get(r) + "'");
                }
            }
            exclusions.add(new Exclusion(text, new HashSet<>(categories), ids));
        }
        return exclusions;
    }

    private static List<Consequence> consequences(Run run, List<TermsInput.ConsequenceInput> written) {
        List<Consequence> consequences = new ArrayList<>();
        List<TermsInput.ConsequenceInput> items = run.list(written, "consequences");
        for (int i = 0; i < items.size(); i++) {
            String at = "consequences[" + i + "]";
            TermsInput.ConsequenceInput c = items.get(i);
            ConsequenceKind kind = run.required(c == null ? null : c.kind(), at + ".kind", ConsequenceKind::byCode,
                    ConsequenceKind.codes());
            if (c != null && kind != null) {
                consequences.add(new Consequence(kind, run.text(c.text(), at + ".text", MAX_TEXT, kind == ConsequenceKind.OTHER)));
            }
        }
        return consequences;
    }

    private static List<Clause> clauses(Run run, List<TermsInput.ClauseInput> written) {
        List<Clause> clauses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<TermsInput.ClauseInput> items = run.list(written, "clauses");
        for (int i = 0; i < items.size(); i++) {
            String at = "clauses[" + i + "]";
            TermsInput.ClauseInput c = items.get(i);
            if (c == null) {
                run.problem(at, "required");
                continue;
            }
            if (c.id() == null || !CLAUSE_ID.matcher(c.id()).matches()) {
                run.problem(at + ".id", "required: 1-32 lower-case letters, digits, '.', '_' or '-'");
            } else if (!ids.add(c.id())) {
                run.problem(at + ".id", "'" + c.id() + "' is the id of an earlier clause");
            }
            Map<String, String> texts = new LinkedHashMap<>();
            if (c.texts() == null || c.texts().isEmpty()) {
                run.problem(at + ".texts", "required: the clause in at least one language, such as {\"en\": \"…\"}");
            } else {
                c.texts().forEach((language, text) -> {
                    if (!LANGUAGE.matcher(language).matches()) {
                        run.problem(at + ".texts." + language, "not a language tag such as en, uk or ru");
                    }
                    texts.put(language, run.text(text, at + ".texts." + language, MAX_TEXT, true));
                });
            }
            Restatement restates = null;
            if (c.restates() != null) {
                RestatedTerm term = run.required(c.restates().term(), at + ".restates.term", RestatedTerm::byCode,
                        RestatedTerm.codes());
                JsonNode value = c.restates().value();
                if (term != null) {
                    String malformed = value == null || value.isNull() ? "required" : term.malformed(value);
                    if (malformed != null) {
                        run.problem(at + ".restates.value", malformed);
                    }
                }
                restates = new Restatement(term == null ? null : term.code(), value);
            }
            clauses.add(new Clause(c.id(), texts, restates));
        }
        return clauses;
    }

    /** One validation: the problems found so far, each named under the terms' path. */
    private static final class Run {
        private final String at;
        private final List<FieldProblem> problems = new ArrayList<>();

        Run(String at) {
            this.at = at;
        }

        String field(String name) {
            return at == null || at.isEmpty() ? name : at + "." + name;
        }

        void problem(String name, String reason) {
            problems.add(new FieldProblem(field(name), reason));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }

        String text(String text, String name, int max, boolean required) {
            if (text == null || text.isBlank()) {
                if (required) {
                    problem(name, "required");
                }
                return null;
            }
            if (text.length() > max) {
                problem(name, "at most " + max + " characters");
            }
            return text.strip();
        }

        <T> List<T> list(List<T> items, String name) {
            if (items == null) {
                return List.of();
            }
            if (items.size() > MAX_ITEMS) {
                problem(name, "at most " + MAX_ITEMS + " items");
                return List.of();
            }
            return items;
        }

        <T> T parse(String text, String name, Function<String, T> parser) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                problem(name, e.getMessage());
                return null;
            }
        }

        <E> E code(String code, String name, Function<String, Optional<E>> known, List<String> codes) {
            if (code == null || code.isBlank()) {
                return null;
            }
            Optional<E> value = known.apply(code);
            if (value.isEmpty()) {
                problem(name, "unknown: '" + code + "'; expected one of " + codes);
            }
            return value.orElse(null);
        }

        <E> E required(String code, String name, Function<String, Optional<E>> known, List<String> codes) {
            if (code == null || code.isBlank()) {
                problem(name, "required: one of " + codes);
                return null;
            }
            return code(code, name, known, codes);
        }

        <E> List<E> codes(List<String> written, String name, Function<String, Optional<E>> known, List<String> codes) {
            List<E> values = new ArrayList<>();
            List<String> items = list(written, name);
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null || items.get(i).isBlank()) {
                    problem(name + "[" + i + "]", "required: one of " + codes);
                    continue;
                }
                E value = code(items.get(i), name + "[" + i + "]", known, codes);
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }
    }
}
