package org.truce.compliance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The exports of a {@link ComplianceReport}: one row per incident (what the reader may see), as
 * CSV, CSV with an HXL hashtag row, an ACLED-compatible CSV and GeoJSON.
 */
public final class ComplianceFormats {

    /** The CSV and HXL columns, with their HXL hashtags (https://hxlstandard.org/standard/). */
    public static final List<String[]> COLUMNS = List.of(
            new String[] {"date", "#date"},
            new String[] {"incident_id", "#event+id"},
            new String[] {"region_code", "#adm1+code"},
            new String[] {"region_name", "#adm1+name"},
            new String[] {"country", "#country+code"},
            new String[] {"latitude", "#geo+lat"},
            new String[] {"longitude", "#geo+lon"},
            new String[] {"geo_precision", "#meta+precision+geo"},
            new String[] {"time_precision", "#meta+precision+time"},
            new String[] {"earliest", "#date+start"},
            new String[] {"latest", "#date+end"},
            new String[] {"accused", "#actor+accused"},
            new String[] {"claimants", "#actor+claimant"},
            new String[] {"claims", "#meta+claims"},
            new String[] {"means", "#event+means"},
            new String[] {"target", "#loc+type"},
            new String[] {"fatalities", "#affected+killed"},
            new String[] {"verdict", "#status+verdict"},
            new String[] {"finding_id", "#meta+finding"},
            new String[] {"grade", "#status+grade"},
            new String[] {"attribution", "#actor+attributed"},
            new String[] {"confidence", "#meta+confidence"},
            new String[] {"published_at", "#date+published"});

    /** ACLED's export columns, in its order (ACLED Codebook; API and data export tool). */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");

    public static final String ACLED_EVENT_TYPE = "Explosions/Remote violence";
    public static final String AIR_DRONE = "Air/drone strike";
    public static final String SHELLING = "Shelling/artillery/missile attack";
    public static final String REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED";

    private static final Map<String, String[]> COUNTRIES = Map.of(
            "UA", new String[] {"UKR", "804", "Ukraine", "Military Forces of Ukraine (2019-)"},
            "RU", new String[] {"RUS", "643", "Russia", "Military Forces of Russia (2000-)"});

    private ComplianceFormats() {
    }

    /** Plain CSV (a header row), or with {@code hxl} the HXL hashtag row under it. */
    public static String csv(ComplianceReport report, boolean hxl) {
        return print(printer -> {
            printer.printRecord(COLUMNS.stream().map(c -> c[0]).toList());
            if (hxl) {
                printer.printRecord(COLUMNS.stream().map(c -> c[1]).toList());
            }
            for (ComplianceReport.IncidentRow row : report.incidents()) {
                printer.printRecord(row.day(), row.incidentId(), row.regionId(), row.regionName(), row.country(),
                        row.latitude(), row.longitude(), row.geoPrecision(), row.timePrecision(), row.earliest(),
                        row.latest(), String.join(" ", row.accused()), String.join(" ", row.claimants()), row.claims(),
                        String.join(" ", row.means()), row.target(), row.fatalities(), row.verdict(), row.findingId(),
                        row.grade(), row.attribution(), row.confidence(), row.publishedAt());
            }
        });
    }

    /** ACLED-compatible CSV: ACLED's columns and codes, event type "Explosions/Remote violence". */
    public static String acled(ComplianceReport report) {
        return print(printer -> {
            printer.printRecord(ACLED_COLUMNS);
            for (ComplianceReport.IncidentRow row : report.incidents()) {
                String[] country = row.country() != null && COUNTRIES.containsKey(row.country()) ? COUNTRIES.get(row.country())
                        : new String[] {"XXX", "", row.country() == null ? "" : row.country(), ""};
                String perpetrator = row.attribution() != null && isParty(row.attribution())
                        ? row.attribution()
                        : row.accused().size() == 1 ? row.accused().get(0) : null;
                String actor1 = perpetrator != null && isParty(perpetrator) ? COUNTRIES.get(perpetrator)[3]
                        : "Unidentified Military Forces";
                String inter1 = perpetrator == null ? "External/Other forces"
                        : perpetrator.equals(row.country()) ? "State forces" : "External/Other forces";
                printer.printRecord(
                        country[0] + "_" + row.incidentId(), row.day(), row.day().getYear(), row.timePrecision(),
                        "Political violence", ACLED_EVENT_TYPE, subEventType(row.means()), actor1, "", inter1,
                        "", "", "", inter1 + " only", "", country[1], "Europe", country[2],
                        row.regionName() == null ? "" : row.regionName(), "", "",
                        row.place() != null ? row.place() : row.regionName() == null ? "" : row.regionName(),
                        row.latitude() == null ? "" : row.latitude(), row.longitude() == null ? "" : row.longitude(),
                        row.geoPrecision(), "Truce: claims by " + String.join(", ", row.claimants()), "National",
                        notes(row), row.fatalities(), tags(row),
                        report.generatedAt().getEpochSecond());
            }
        });
    }

    private static boolean isParty(String code) {
        return code != null && COUNTRIES.containsKey(code);
    }

    /** ACLED's sub-event type from the means the claims name (air and drone strikes before shelling). */
    static String subEventType(List<String> means) {
        Set<String> given = Set.copyOf(means);
        if (given.contains("drone") || given.contains("aircraft") || given.contains("glide_bomb")) {
            return AIR_DRONE;
        }
        if (given.contains("missile") || given.contains("artillery") || given.contains("rocket")) {
            return SHELLING;
        }
        if (given.contains("sabotage")) {
            return REMOTE_EXPLOSIVE;
        }
        return SHELLING;
    }

    private static String notes(ComplianceReport.IncidentRow row) {
        StringBuilder notes = new StringBuilder("On ").append(row.day()).append(", ").append(row.claims())
                .append(row.claims() == 1 ? " claim" : " claims").append(" of a strike");
        if (row.target() != null) {
            notes.append(" on ").append(row.target().replace('_', ' '));
        }
        if (row.place() != null) {
            notes.append(" at ").append(row.place());
        }
        if (!row.accused().isEmpty()) {
            notes.append(", alleged against ").append(String.join(" and ", row.accused()));
        }
        notes.append(". Verdict: ").append(row.verdict().replace('_', ' ')).append('.');
        if (row.grade() != null) {
            notes.append(" Finding ").append(row.findingId()).append(": ").append(row.grade().replace('_', ' '))
                    .append(" (").append(row.confidence()).append(" confidence), attributed to ")
                    .append(row.attribution()).append(". ").append(row.rationale());
        }
        return notes.toString();
    }

    private static String tags(ComplianceReport.IncidentRow row) {
        return "truce_incident=" + row.incidentId() + "; verdict=" + row.verdict()
                + (row.grade() == null ? "" : "; grade=" + row.grade());
    }

    /** A GeoJSON FeatureCollection (RFC 7946): one feature per incident, geometry null when it has no point. */
    public static Map<String, Object> geoJson(ComplianceReport report) {
        List<Object> features = new ArrayList<>();
        for (ComplianceReport.IncidentRow row : report.incidents()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("date", row.day().toString());
            properties.put("regionCode", row.regionId());
            properties.put("regionName", row.regionName());
            properties.put("country", row.country());
            properties.put("geoPrecision", row.geoPrecision());
            properties.put("timePrecision", row.timePrecision());
            properties.put("earliest", text(row.earliest()));
            properties.put("latest", text(row.latest()));
            properties.put("accused", row.accused());
            properties.put("claimants", row.claimants());
            properties.put("claims", row.claims());
            properties.put("means", row.means());
            properties.put("target", row.target());
            properties.put("fatalities", row.fatalities());
            properties.put("verdict", row.verdict());
            properties.put("findingId", row.findingId());
            properties.put("grade", row.grade());
            properties.put("attribution", row.attribution());
            properties.put("confidence", row.confidence());
            properties.put("publishedAt", text(row.publishedAt()));
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", row.incidentId());
            feature.put("geometry", row.latitude() == null || row.longitude() == null ? null
                    : Map.of("type", "Point", "coordinates", List.of(row.longitude(), row.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("agreement", report.agreementId());
        collection.put("from", report.from().toString());
        collection.put("to", report.to().toString());
        collection.put("scope", report.scope());
        collection.put("features", features);
        return collection;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private interface Rows {
        void write(CSVPrinter printer) throws IOException;
    }

    private static String print(Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            rows.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
