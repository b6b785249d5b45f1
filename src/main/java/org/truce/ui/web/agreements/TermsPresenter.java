package org.truce.ui.web.agreements;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.truce.agreement.Clause;
import org.truce.agreement.Consequence;
import org.truce.agreement.Exclusion;
import org.truce.agreement.GeographicScope;
import org.truce.agreement.Obligation;
import org.truce.agreement.ObligationKind;
import org.truce.agreement.Terms;
import org.truce.ui.ZonedTimes;
import org.truce.ui.web.UiLabels;

/**
 * The terms of a version in words, in the reader's language: one line per term, each with its
 * values as the reader reads them (codes translated, regions and parties by name, the window in
 * the zone it was written in and in the reader's zone, each clause in the reader's language when
 * it has one). The page shows the lines, and compares two versions line by line.
 */
final class TermsPresenter {

    /** A term and its values in words; {@code key} identifies the term across versions. */
    record TermLine(String key, String label, List<String> values) {
    }

    private final Function<String, String> message;
    private final Locale locale;
    private final UiLabels labels;
    private final ZonedTimes times;
    private final DateTimeFormatter written;

    /**
     * @param message a message of the reader's language by key (the key itself when there is none)
     */
    TermsPresenter(Function<String, String> message, Locale locale, UiLabels labels, ZonedTimes times) {
        this.message = message;
        this.locale = locale;
        this.labels = labels;
        this.times = times;
        this.written = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    List<TermLine> lines(Terms terms) {
        List<TermLine> lines = new ArrayList<>();
        add(lines, "title", orNone(terms.title()));
        add(lines, "parties", terms.parties().stream().map(p -> labels.party(p, locale) + " (" + p + ")").toList());
        add(lines, "mediator", orNone(terms.mediator()));
        add(lines, "effectiveFrom", moment(terms.effectiveFromLocal().orElse(null), terms));
        add(lines, "until", terms.until() == null ? List.of(message.apply("terms.openEnded"))
                : moment(terms.untilLocal().orElse(null), terms));
        add(lines, "reviewDate", terms.reviewDate() == null ? none()
                : List.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(terms.reviewDate())));
        add(lines, "extensionRule", terms.extensionRule() == null ? none()
                : List.of(message.apply("terms.extension." + code(terms.extensionRule()))));
        add(lines, "protectedCategories", codes(terms.protectedCategories(), "category."));
        add(lines, "protectedPowerPlantKinds", terms.protectedPowerPlantKinds().isEmpty()
                ? List.of(message.apply("terms.everyKind")) : codes(terms.protectedPowerPlantKinds(), "kind."));
        add(lines, "geographicScope", scope(terms.geographicScope()));
        add(lines, "prohibitedMeans", terms.prohibitedMeans().isEmpty()
                ? List.of(message.apply("terms.everyMeans")) : codes(terms.prohibitedMeans(), "means."));
        add(lines, "repelledAttemptsCount", List.of(message.apply(terms.repelledAttemptsCount() ? "terms.yes" : "terms.no")));
        add(lines, "siteListsExchanged", List.of(message.apply(terms.siteListsExchanged() ? "terms.yes" : "terms.no")));
        add(lines, "obligations", terms.obligations().isEmpty() ? none()
                : terms.obligations().stream().map(this::obligation).toList());
        add(lines, "exclusions", terms.exclusions().isEmpty() ? none()
                : terms.exclusions().stream().map(this::exclusion).toList());
        add(lines, "consequences", terms.consequences().isEmpty() ? none()
                : terms.consequences().stream().map(this::consequence).toList());
        add(lines, "entryIntoForceConditions", terms.entryIntoForceConditions().isEmpty() ? none()
                : terms.entryIntoForceConditions());
        for (Clause clause : terms.clauses()) {
            lines.add(new TermLine("clause:" + clause.id(), message.apply("terms.clause") + " “" + clause.id() + "”",
                    List.of(clauseText(clause))));
        }
        return lines;
    }

    /** The clause in the reader's language, else English, else the first it has, marked with its language. */
    String clauseText(Clause clause) {
        Map<String, String> texts = clause.texts();
        String language = locale.getLanguage();
        if (texts.containsKey(language)) {
            return texts.get(language);
        }
        String fallback = texts.containsKey("en") ? "en" : texts.keySet().stream().findFirst().orElse(null);
        if (fallback == null) {
            return "";
        }
        return "[" + message.apply("language." + fallback) + "] " + texts.get(fallback);
    }

    private void add(List<TermLine> lines, String key, List<String> values) {
        lines.add(new TermLine(key, message.apply("terms." + key), values));
    }

    /** The instant in the zone it was written in, then in the reader's. */
    private List<String> moment(ZonedDateTime local, Terms terms) {
        if (local == null) {
            return none();
        }
        String asWritten = written.format(local) + " (" + local.getZone().getId() + ", UTC" + offset(local) + ")";
        String asRead = times.withZone(local.toInstant());
        return asWritten.equals(asRead) ? List.of(asWritten)
                : List.of(asWritten, message.apply("terms.yourZone") + " " + asRead);
    }

    private static String offset(ZonedDateTime local) {
        String id = local.getOffset().getId();
        return "Z".equals(id) ? "" : id;
    }

    private List<String> scope(Map<String, GeographicScope> scopes) {
        if (scopes.isEmpty()) {
            return none();
        }
        List<String> lines = new ArrayList<>();
        scopes.forEach((party, scope) -> {
            List<String> places = new ArrayList<>(scope.regions().stream().map(id -> labels.region(id, locale)).toList());
            if (!scope.areas().isEmpty()) {
                places.add(message.apply("terms.areas").replace("{0}", String.valueOf(scope.areas().size())));
            }
            lines.add(labels.party(party, locale) + ": " + (places.isEmpty() ? message.apply("terms.none")
                    : String.join(", ", places)));
        });
        return lines;
    }

    private String obligation(Obligation obligation) {
        String text = obligation.text() == null ? "" : " — " + obligation.text();
        if (obligation.kind() == ObligationKind.NOTIFY_INCIDENT) {
            return message.apply("terms.obligation.notify").replace("{0}", String.valueOf(obligation.withinHours())) + text;
        }
        return message.apply("terms.obligation.other") + text;
    }

    private String exclusion(Exclusion exclusion) {
        List<String> parts = new ArrayList<>();
        if (exclusion.text() != null) {
            parts.add(exclusion.text());
        }
        if (!exclusion.categories().isEmpty()) {
            parts.add(String.join(", ", codes(exclusion.categories(), "category.")));
        }
        if (!exclusion.regions().isEmpty()) {
            parts.add(String.join(", ", exclusion.regions().stream().map(id -> labels.region(id, locale)).toList()));
        }
        return String.join(" — ", parts);
    }

    private String consequence(Consequence consequence) {
        String kind = message.apply("terms.consequence." + code(consequence.kind()));
        return consequence.text() == null ? kind : kind + " — " + consequence.text();
    }

    private List<String> codes(Collection<? extends Enum<?>> values, String prefix) {
        return values.stream().map(v -> message.apply(prefix + code(v))).toList();
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private List<String> orNone(String text) {
        return text == null || text.isBlank() ? none() : List.of(text);
    }

    private List<String> none() {
        return List.of(message.apply("terms.none"));
    }
}
