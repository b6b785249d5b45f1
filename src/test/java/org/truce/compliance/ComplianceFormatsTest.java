package org.truce.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each export parsed back: the columns, the HXL row, ACLED's names and codes, valid GeoJSON. */
class ComplianceFormatsTest {

    static ComplianceReport report() {
        ComplianceReport.IncidentRow kherson = new ComplianceReport.IncidentRow("inc_kherson", LocalDate.of(2025, 4, 4),
                Instant.parse("2025-04-03T21:00:00Z"), Instant.parse("2025-04-04T21:00:00Z"), "UA-65", "Kherson",
                "UA", 46.64, 32.61, 1, 1, List.of("RU"), List.of("UA"), 1, List.of("drone"), "Kherson thermal power plant",
                "heating_plant", 0, "potential_violation", "asm_1", "probable_violation", "RU", "medium",
                Instant.parse("2026-01-01T00:00:00Z"), "A drone hit the plant, \"inside\" the window.");
        ComplianceReport.IncidentRow aggregate = new ComplianceReport.IncidentRow("inc_aggregate", LocalDate.of(2025, 4, 5),
                Instant.parse("2025-04-04T21:00:00Z"), Instant.parse("2025-04-05T21:00:00Z"), null, null, null, null,
                null, 3, 1, List.of("UA"), List.of("RU"), 1, List.of("drone"), null, null, 0, "undetermined", null, null,
                null, null, null, null);
        ComplianceReport.IncidentRow sudzha = new ComplianceReport.IncidentRow("inc_sudzha", LocalDate.of(2025, 3, 28),
                Instant.parse("2025-03-27T21:00:00Z"), Instant.parse("2025-03-28T21:00:00Z"), "RU-KRS", "Kursk", "RU",
                51.19, 35.27, 2, 2, List.of("RU", "UA"), List.of("RU", "UA"), 2, List.of("artillery", "unknown"), null,
                "gas_metering", 3, "potential_violation", null, null, null, null, null, null);
        return new ComplianceReport("agr_1", "Moratorium", List.of("UA", "RU"), LocalDate.of(2025, 3, 18),
                LocalDate.of(2025, 4, 16), Instant.parse("2026-01-02T00:00:00Z"), "full", List.of(), List.of(), List.of(),
                List.of(kherson, aggregate, sudzha));
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void csvHasTheHeaderAndHxlAddsTheHashtagRow() throws Exception {
        List<CSVRecord> plain = parse(ComplianceFormats.csv(report(), false));
        List<CSVRecord> hxl = parse(ComplianceFormats.csv(report(), true));
        List<String> header = ComplianceFormats.COLUMNS.stream().map(c -> c[0]).toList();
        assertThat(plain.get(0).toList()).isEqualTo(header);
        assertThat(plain).hasSize(4);
        assertThat(hxl.get(0).toList()).isEqualTo(header);
        assertThat(hxl.get(1).toList()).contains("#date", "#adm1+name", "#geo+lat", "#geo+lon", "#event+id")
                .allMatch(tag -> tag.matches("#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*"));
        assertThat(hxl).hasSize(5);
        CSVRecord kherson = hxl.get(2);
        assertThat(kherson.get(header.indexOf("date"))).isEqualTo("2025-04-04");
        assertThat(kherson.get(header.indexOf("region_name"))).isEqualTo("Kherson");
        assertThat(Double.parseDouble(kherson.get(header.indexOf("latitude")))).isEqualTo(46.64);
        assertThat(kherson.get(header.indexOf("grade"))).isEqualTo("probable_violation");
        assertThat(hxl.get(3).get(header.indexOf("latitude"))).as("no point, empty cell").isEmpty();
    }

    @Test
    void acledHasItsColumnsEventTypeAndPrecisionCodes() throws Exception {
        List<CSVRecord> rows = parse(ComplianceFormats.acled(report()));
        assertThat(rows.get(0).toList()).isEqualTo(ComplianceFormats.ACLED_COLUMNS)
                .contains("event_id_cnty", "event_date", "event_type", "sub_event_type", "geo_precision",
                        "time_precision", "actor1", "iso", "admin1", "fatalities");
        List<String> cols = ComplianceFormats.ACLED_COLUMNS;
        for (CSVRecord row : rows.subList(1, rows.size())) {
            assertThat(row.get(cols.indexOf("event_type"))).isEqualTo("Explosions/Remote violence");
            assertThat(row.get(cols.indexOf("disorder_type"))).isEqualTo("Political violence");
            assertThat(row.get(cols.indexOf("geo_precision"))).isIn("1", "2", "3");
            assertThat(row.get(cols.indexOf("time_precision"))).isIn("1", "2", "3");
            assertThat(row.get(cols.indexOf("event_date"))).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        CSVRecord kherson = rows.get(1);
        assertThat(kherson.get(cols.indexOf("event_id_cnty"))).isEqualTo("UKR_inc_kherson");
        assertThat(kherson.get(cols.indexOf("sub_event_type"))).isEqualTo("Air/drone strike");
        assertThat(kherson.get(cols.indexOf("actor1"))).isEqualTo("Military Forces of Russia (2000-)");
        assertThat(kherson.get(cols.indexOf("inter1"))).isEqualTo("External/Other forces");
        assertThat(kherson.get(cols.indexOf("iso"))).isEqualTo("804");
        assertThat(kherson.get(cols.indexOf("country"))).isEqualTo("Ukraine");
        assertThat(kherson.get(cols.indexOf("admin1"))).isEqualTo("Kherson");
        assertThat(kherson.get(cols.indexOf("geo_precision"))).isEqualTo("1");
        assertThat(kherson.get(cols.indexOf("notes"))).contains("probable violation", "\"inside\"");
        CSVRecord aggregate = rows.get(2);
        assertThat(aggregate.get(cols.indexOf("geo_precision"))).isEqualTo("3");
        assertThat(aggregate.get(cols.indexOf("latitude"))).isEmpty();
        CSVRecord sudzha = rows.get(3);
        assertThat(sudzha.get(cols.indexOf("sub_event_type"))).isEqualTo("Shelling/artillery/missile attack");
        assertThat(sudzha.get(cols.indexOf("time_precision"))).isEqualTo("2");
        assertThat(sudzha.get(cols.indexOf("fatalities"))).isEqualTo("3");
        assertThat(sudzha.get(cols.indexOf("actor1"))).as("two sides accused, no finding").isEqualTo("Unidentified Military Forces");
    }

    @Test
    void subEventTypesFollowTheMeans() {
        assertThat(ComplianceFormats.subEventType(List.of("missile"))).isEqualTo(ComplianceFormats.SHELLING);
        assertThat(ComplianceFormats.subEventType(List.of("glide_bomb"))).isEqualTo(ComplianceFormats.AIR_DRONE);
        assertThat(ComplianceFormats.subEventType(List.of("sabotage"))).isEqualTo(ComplianceFormats.REMOTE_EXPLOSIVE);
        assertThat(ComplianceFormats.subEventType(List.of("missile", "drone"))).isEqualTo(ComplianceFormats.AIR_DRONE);
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsOrNullGeometries() throws Exception {
        Map<String, Object> collection = ComplianceFormats.geoJson(report());
        JsonMapper json = JsonMapper.builder().build();
        JsonNode parsed = json.readTree(json.writeValueAsString(collection));
        assertThat(parsed.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(parsed.get("features")).hasSize(3);
        for (JsonNode feature : parsed.get("features")) {
            assertThat(feature.get("type").asString()).isEqualTo("Feature");
            assertThat(feature.get("id").asString()).startsWith("inc_");
            assertThat(feature.get("properties").isObject()).isTrue();
            JsonNode geometry = feature.get("geometry");
            if (!geometry.isNull()) {
                assertThat(geometry.get("type").asString()).isEqualTo("Point");
                double lon = geometry.get("coordinates").get(0).asDouble();
                double lat = geometry.get("coordinates").get(1).asDouble();
                assertThat(lon).isBetween(-180.0, 180.0);
                assertThat(lat).isBetween(-90.0, 90.0);
            }
        }
        JsonNode kherson = parsed.get("features").get(0);
        assertThat(kherson.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first (RFC 7946)").isEqualTo(32.61);
        assertThat(parsed.get("features").get(1).get("geometry").isNull()).isTrue();
    }

    @Test
    void theDayOfAnIncidentIsTheMiddleOfItsIntervalInItsCountrysZone() {
        // a Moscow calendar day: 21:00 UTC the evening before to 21:00 UTC
        assertThat(ComplianceReports.dayOf(Instant.parse("2025-03-27T21:00:00Z"), Instant.parse("2025-03-28T21:00:00Z"),
                "RU-KRS")).isEqualTo(LocalDate.of(2025, 3, 28));
        // an exact instant at 23:30 UTC is already the next day in Kyiv
        assertThat(ComplianceReports.dayOf(Instant.parse("2025-03-18T23:30:00Z"), Instant.parse("2025-03-18T23:30:00Z"),
                "UA-12")).isEqualTo(LocalDate.of(2025, 3, 19));
    }
}
