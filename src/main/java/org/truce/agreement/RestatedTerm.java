package org.truce.agreement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.truce.shared.Category;
import org.truce.shared.Means;
import org.truce.shared.PowerPlantKind;

import tools.jackson.databind.JsonNode;

/**
 * The structured terms a clause may restate in words, each with the shape of the value a clause
 * gives it and how that value is compared with the terms. This is what makes "no clause that
 * contradicts the structured terms it names" machine-checkable.
 */
public enum RestatedTerm {
    PARTIES("a list of party codes, such as [\"UA\", \"RU\"]") {
        @Override String malformed(JsonNode v) { return knownCodes(v, Optional::of); }
        @Override String contradiction(Terms t, JsonNode v) { return sets(strings(v), t.parties()); }
    },
    EFFECTIVE_FROM("an instant such as \"2025-03-18T00:00+03:00\"") {
        @Override String malformed(JsonNode v) { return instant(v) == null ? expected() : null; }
        @Override String contradiction(Terms t, JsonNode v) {
            return t.effectiveFrom() == null ? "the terms have no effectiveFrom"
                    : instant(v).equals(t.effectiveFrom()) ? null : "the terms say " + t.effectiveFrom();
        }
    },
    EFFECTIVE_ZONE("an IANA zone id such as \"Europe/Moscow\"") {
        @Override String malformed(JsonNode v) { return zone(v) == null ? expected() : null; }
        @Override String contradiction(Terms t, JsonNode v) {
            return zone(v).getId().equals(t.effectiveZone()) ? null : "the terms say " + t.effectiveZone();
        }
    },
    UNTIL("an instant such as \"2025-04-17T00:00+03:00\"") {
        @Override String malformed(JsonNode v) { return instant(v) == null ? expected() : null; }
        @Override String contradiction(Terms t, JsonNode v) {
            return t.until() == null ? "the terms have no until"
                    : instant(v).equals(t.until()) ? null : "the terms say " + t.until();
        }
    },
    REVIEW_DATE("a date such as \"2025-04-10\"") {
        @Override String malformed(JsonNode v) { return date(v) == null ? expected() : null; }
        @Override String contradiction(Terms t, JsonNode v) {
            return date(v).equals(t.reviewDate()) ? null : "the terms say " + t.reviewDate();
        }
    },
    DURATION("an ISO-8601 period such as \"P30D\" (calendar days in effectiveZone) or a duration such as \"PT720H\"") {
        @Override String malformed(JsonNode v) { return end(v, Instant.EPOCH, ZoneId.of("UTC")) == null ? expected() : null; }
        @Override String contradiction(Terms t, JsonNode v) {
            if (t.effectiveFrom() == null || t.until() == null) {
                return "the terms have no window (effectiveFrom and until) to measure";
            }
            // calendar days are counted in the zone the terms were written in (UTC until one is named)
            ZoneId zone = t.effectiveZone() == null ? ZoneId.of("UTC") : ZoneId.of(t.effectiveZone());
            Instant end = end(v, t.effectiveFrom(), zone);
            return end.equals(t.until()) ? null : v.asString() + " from " + t.effectiveFrom().atZone(zone)
                    + " ends at " + end.atZone(zone) + ", but the terms end at " + t.until().atZone(zone);
        }
    },
    EXTENSION_RULE("one of " + ExtensionRule.codes()) {
        @Override String malformed(JsonNode v) {
            return v.isString() && ExtensionRule.byCode(v.asString()).isPresent() ? null : expected();
        }
        @Override String contradiction(Terms t, JsonNode v) {
            return ExtensionRule.fromCode(v.asString()) == t.extensionRule() ? null
                    : "the terms say " + (t.extensionRule() == null ? "nothing" : t.extensionRule().code());
        }
    },
    PROTECTED_CATEGORIES("a list of category codes, such as [\"oil_refinery\", \"substation\"]") {
        @Override String malformed(JsonNode v) { return knownCodes(v, Category::byCode); }
        @Override String contradiction(Terms t, JsonNode v) {
            return sets(codesOf(v, Category::byCode, Category::code), codesOf(t.protectedCategories(), Category::code));
        }
    },
    PROTECTED_POWER_PLANT_KINDS("a list of power plant kinds, such as [\"nuclear\", \"hydro\"]") {
        @Override String malformed(JsonNode v) { return knownCodes(v, PowerPlantKind::byCode); }
        @Override String contradiction(Terms t, JsonNode v) {
            return sets(codesOf(v, PowerPlantKind::byCode, PowerPlantKind::code),
                    codesOf(t.protectedPowerPlantKinds(), PowerPlantKind::code));
        }
    },
    PROHIBITED_MEANS("a list of means, such as [\"missile\", \"drone\"]") {
        @Override String malformed(JsonNode v) { return knownCodes(v, Means::byCode); }
        @Override String contradiction(Terms t, JsonNode v) {
            return sets(codesOf(v, Means::byCode, Means::code), codesOf(t.prohibitedMeans(), Means::code));
        }
    },
    REPELLED_ATTEMPTS_COUNT("true or false") {
        @Override String malformed(JsonNode v) { return v.isBoolean() ? null : expected(); }
        @Override String contradiction(Terms t, JsonNode v) {
            return v.booleanValue() == t.repelledAttemptsCount() ? null : "the terms say " + t.repelledAttemptsCount();
        }
    },
    SITE_LISTS_EXCHANGED("true or false") {
        @Override String malformed(JsonNode v) { return v.isBoolean() ? null : expected(); }
        @Override String contradiction(Terms t, JsonNode v) {
            return v.booleanValue() == t.siteListsExchanged() ? null : "the terms say " + t.siteListsExchanged();
        }
    },
    GEOGRAPHIC_SCOPE("an object of region ids by party, such as {\"UA\": [\"UA\"], \"RU\": [\"RU\"]}") {
        @Override String malformed(JsonNode v) {
            if (!v.isObject() || v.isEmpty()) {
                return expected();
            }
            return v.properties().stream().map(e -> knownCodes(e.getValue(), Optional::of))
                    .filter(r -> r != null).findFirst().orElse(null);
        }
        @Override String contradiction(Terms t, JsonNode v) {
            Map<String, Set<String>> said = new TreeMap<>();
            Map<String, Set<String>> terms = new TreeMap<>();
            v.forEachEntry((party, regions) -> {
                said.put(party, strings(regions));
                GeographicScope scope = t.geographicScope().get(party);
                terms.put(party, scope == null ? Set.of() : new TreeSet<>(scope.regions()));
            });
            return said.equals(terms) ? null : "the terms say " + terms;
        }
    },
    CONSEQUENCES("a list of consequence kinds, such as [\"releases_other_party\"]") {
        @Override String malformed(JsonNode v) { return knownCodes(v, ConsequenceKind::byCode); }
        @Override String contradiction(Terms t, JsonNode v) {
            return sets(codesOf(v, ConsequenceKind::byCode, ConsequenceKind::code),
                    t.consequences().stream().map(c -> c.kind().code()).collect(Collectors.toCollection(TreeSet::new)));
        }
    },
    NOTIFY_INCIDENT_WITHIN_HOURS("a whole number of hours") {
        @Override String malformed(JsonNode v) { return v.isIntegralNumber() && v.intValue() > 0 ? null : expected(); }
        @Override String contradiction(Terms t, JsonNode v) {
            Optional<Integer> hours = t.notifyIncidentWithinHours();
            return hours.isPresent() && hours.get() == v.intValue() ? null
                    : "the terms say " + hours.map(h -> h + " hours").orElse("no notice period");
        }
    };

    private final String shape;

    RestatedTerm(String shape) {
        this.shape = shape;
    }

    /** The code a clause names it by: the field name of {@link Terms} ({@code protectedCategories}). */
    public String code() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder code = new StringBuilder(words[0]);
        Arrays.stream(words).skip(1).forEach(w -> code.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)));
        return code.toString();
    }

    public static Optional<RestatedTerm> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(RestatedTerm::code).toList();
    }

    /** Why the value does not have the expected shape, or null when it does. */
    abstract String malformed(JsonNode value);

    /** How the terms differ from what the clause says (value well formed), or null when they agree. */
    abstract String contradiction(Terms terms, JsonNode value);

    String expected() {
        return "expected " + shape;
    }

    private static Instant instant(JsonNode v) {
        try {
            return v.isString() ? WrittenInstant.parse(v.asString()).instant() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ZoneId zone(JsonNode v) {
        try {
            return v.isString() ? WrittenInstant.parseZone(v.asString()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(JsonNode v) {
        try {
            return v.isString() ? WrittenInstant.parseDate(v.asString()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The end of a period counted in calendar terms in the zone, or of an exact duration; null when malformed. */
    private static Instant end(JsonNode v, Instant from, ZoneId zone) {
        if (!v.isString()) {
            return null;
        }
        String text = v.asString().trim();
        try {
            return from.atZone(zone).plus(Period.parse(text)).toInstant();
        } catch (DateTimeParseException notAPeriod) {
            try {
                return from.plus(Duration.parse(text));
            } catch (DateTimeParseException notADuration) {
                return null;
            }
        }
    }

    String knownCodes(JsonNode v, Function<String, Optional<?>> known) {
        if (!v.isArray()) {
            return expected();
        }
        for (JsonNode item : v) {
            if (!item.isString() || known.apply(item.asString()).isEmpty()) {
                return "'" + (item.isString() ? item.asString() : item.toString()) + "' is not known; " + expected();
            }
        }
        return null;
    }

    private static Set<String> strings(JsonNode v) {
        Set<String> strings = new TreeSet<>();
        v.forEach(item -> strings.add(item.asString().trim()));
        return strings;
    }

    private static <E> Set<String> codesOf(JsonNode v, Function<String, Optional<E>> known, Function<E, String> code) {
        Set<String> codes = new TreeSet<>();
        v.forEach(item -> codes.add(code.apply(known.apply(item.asString()).orElseThrow())));
        return codes;
    }

    private static <E> Set<String> codesOf(Collection<E> values, Function<E, String> code) {
        return values.stream().map(code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String sets(Set<String> said, Collection<String> terms) {
        Set<String> inTerms = new TreeSet<>(terms);
        if (said.equals(inTerms)) {
            return null;
        }
        List<String> differences = new ArrayList<>();
        Set<String> missing = new TreeSet<>(said);
        missing.removeAll(inTerms);
        Set<String> extra = new TreeSet<>(inTerms);
        extra.removeAll(said);
        if (!missing.isEmpty()) {
            differences.add("the clause names " + missing + ", which the terms do not");
        }
        if (!extra.isEmpty()) {
            differences.add("the terms name " + extra + ", which the clause does not");
        }
        return String.join("; ", differences);
    }
}
