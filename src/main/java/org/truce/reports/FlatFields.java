package org.truce.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.truce.shared.FieldProblem;

/**
 * The flat form of a report, as CSV columns and GeoJSON properties: the columns of the shipped
 * claims file ({@code claim_id, published_on, event_date, place, country, latitude, longitude,
 * location_precision, facility_type, alleged_attacker, claimant, claimant_side, means, outcome,
 * source_address, note}) and a few more, each mapped to a field of {@link NewReport}.
 */
public final class FlatFields {

    /** Column name (and its aliases) to the report field it fills. */
    static final Map<String, String> COLUMNS;

    static {
        Map<String, String> columns = new LinkedHashMap<>();
        alias(columns, "externalRef", "claim_id", "external_ref", "id");
        alias(columns, "when.date", "event_date", "date");
        alias(columns, "when.instant", "event_time", "instant", "time");
        alias(columns, "when.precision", "time_precision");
        alias(columns, "when.timeZone", "time_zone", "timezone");
        alias(columns, "where.place", "place", "location");
        alias(columns, "where.country", "country");
        alias(columns, "where.latitude", "latitude", "lat");
        alias(columns, "where.longitude", "longitude", "lon", "lng");
        alias(columns, "where.uncertaintyMetres", "uncertainty_m", "uncertainty_metres");
        alias(columns, "where.precision", "location_precision", "geo_precision");
        alias(columns, "target.siteId", "site_id");
        alias(columns, "target.category", "facility_type", "category");
        alias(columns, "target.description", "description", "note", "notes");
        alias(columns, "means", "means");
        alias(columns, "outcome", "outcome");
        alias(columns, "allegedPerpetrator", "alleged_attacker", "alleged_perpetrator");
        alias(columns, "damage", "damage");
        alias(columns, "casualties.killed", "killed", "fatalities");
        alias(columns, "casualties.injured", "injured");
        alias(columns, "source.kind", "source_kind");
        alias(columns, "source.party", "claimant_side", "source_party");
        alias(columns, "source.name", "claimant", "source_name");
        alias(columns, "source.address", "source_address", "source_url");
        alias(columns, "source.publishedOn", "published_on");
        alias(columns, "evidence", "evidence");
        alias(columns, "supersedes", "supersedes");
        COLUMNS = Map.copyOf(columns);
    }

    private FlatFields() {
    }

    private static void alias(Map<String, String> columns, String field, String... names) {
        Arrays.stream(names).forEach(name -> columns.put(name, field));
    }

    /** The report field a column fills, or null for an unknown column. */
    public static String fieldOf(String column) {
        return column == null ? null : COLUMNS.get(column.trim().toLowerCase(Locale.ROOT));
    }

    public static List<String> knownColumns() {
        return COLUMNS.keySet().stream().sorted().toList();
    }

    /** A flat row read into a report; numbers that are not numbers are named in {@code unreadable}. */
    public static NewReport toReport(Map<String, String> row, List<FieldProblem> unreadable,
                                     UnaryOperator<String> fieldNames) {
        Map<String, String> byField = new HashMap<>();
        row.forEach((column, value) -> {
            String field = fieldOf(column);
            if (field != null && value != null && !value.isBlank()) {
                // "description" wins over "note" when a file has both
                if (!byField.containsKey(field) || !column.equalsIgnoreCase("note") && !column.equalsIgnoreCase("notes")) {
                    byField.put(field, value.strip());
                }
            }
        });
        NewReport.When when = any(byField, "when.") ? new NewReport.When(byField.get("when.instant"),
                byField.get("when.date"), byField.get("when.precision"), byField.get("when.timeZone")) : null;
        NewReport.Where where = any(byField, "where.") ? new NewReport.Where(
                number(byField, "where.latitude", unreadable, fieldNames),
                number(byField, "where.longitude", unreadable, fieldNames),
                number(byField, "where.uncertaintyMetres", unreadable, fieldNames),
                byField.get("where.precision"), byField.get("where.place"), byField.get("where.country")) : null;
        NewReport.TargetInput target = any(byField, "target.") ? new NewReport.TargetInput(byField.get("target.siteId"),
                byField.get("target.category"), byField.get("target.description")) : null;
        NewReport.CasualtiesInput casualties = any(byField, "casualties.") ? new NewReport.CasualtiesInput(
                count(byField, "casualties.killed", unreadable, fieldNames),
                count(byField, "casualties.injured", unreadable, fieldNames)) : null;
        NewReport.SourceInput source = any(byField, "source.") ? new NewReport.SourceInput(byField.get("source.kind"),
                byField.get("source.party"), byField.get("source.name"), byField.get("source.address"),
                byField.get("source.publishedOn")) : null;
        List<String> evidence = byField.containsKey("evidence")
                ? new ArrayList<>(Arrays.asList(byField.get("evidence").split("[\\s;|,]+"))) : null;
        return new NewReport(when, where, target, byField.get("means"), byField.get("outcome"),
                byField.get("allegedPerpetrator"), byField.get("damage"), casualties, source, evidence,
                byField.get("supersedes"), byField.get("externalRef"));
    }

    /** Names report fields by the columns a file used for them. */
    public static UnaryOperator<String> namesFor(Iterable<String> columns) {
        Map<String, String> names = new HashMap<>();
        for (String column : columns) {
            String field = fieldOf(column);
            if (field != null) {
                names.putIfAbsent(field, column.trim());
            }
        }
        return field -> {
            String base = field.replaceAll("\\[\\d+]$", "");
            return names.getOrDefault(field, names.getOrDefault(base, field));
        };
    }

    private static boolean any(Map<String, String> byField, String prefix) {
        return byField.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static Double number(Map<String, String> byField, String field, List<FieldProblem> unreadable,
                                 UnaryOperator<String> fieldNames) {
        String text = byField.get(field);
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            unreadable.add(new FieldProblem(fieldNames.apply(field), "'" + text + "' is not a number"));
            return null;
        }
    }

    private static Integer count(Map<String, String> byField, String field, List<FieldProblem> unreadable,
                                 UnaryOperator<String> fieldNames) {
        String text = byField.get(field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            unreadable.add(new FieldProblem(fieldNames.apply(field), "'" + text + "' is not a whole number"));
            return null;
        }
    }
}
