package org.truce.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.truce.geo.Regions;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.TooLarge;
import org.truce.shared.Viewer;

/** Bulk files: each problem is named by its row and column, or by the feature's JSON path. */
class SiteFileTest {

    private static final Regions REGIONS = Regions.shipped();
    private static final Viewer UA = new Viewer("acc_ua", "ua", org.truce.shared.Role.PARTY, "UA");

    @Test
    void csvRowsAreNumberedFromTheFirstRowAfterTheHeaderAndProblemsNameTheColumn() {
        String csv = "\uFEFFName,Category,Latitude,Longitude,Source,Capacity_MW\n"
                + "Kyiv substation,substation,50.45,30.52,grid map,\n"
                + "Bad,substation,91,30.52,grid map,\n"
                + "Worse,bakery,50.4,30.5,,-3\n";
        List<FieldProblem> problems = validate(SiteFile.CSV, csv);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("row 2: Latitude", "row 3: Category", "row 3: Source", "row 3: Capacity_MW");
        assertThat(problems.get(0)).isEqualTo(new FieldProblem("row 2: Latitude", "latitude 91 is outside -90..90"));
    }

    @Test
    void aCsvLineOrPolygonGoesInTheGeometryColumn() {
        String csv = "name,category,geometry,source\n"
                + "\"Line\",transmission_line,\"{\"\"type\"\":\"\"LineString\"\",\"\"coordinates\"\":[[30,50],[31,50]]}\",grid map\n"
                + "\"Broken\",transmission_line,\"{\"\"type\"\":\"\"LineString\"\",\"\"coordinates\"\":[[30,50]]}\",grid map\n";
        List<FieldProblem> problems = validate(SiteFile.CSV, csv);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("row 2: geometry.coordinates");
    }

    @Test
    void anUnknownOrMissingCsvColumnIsRefusedAsAWhole() {
        assertThatThrownBy(() -> validate(SiteFile.CSV, "name,category,lat,lon,source\nA,substation,50,30,x\n"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::reason)
                        .anyMatch(r -> r.startsWith("unknown column 'lat'"))
                        .anyMatch(r -> r.startsWith("missing columns 'latitude' and 'longitude'")));
    }

    @Test
    void geoJsonProblemsNameTheFeatureAndProperty() {
        String json = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]},
                   "properties": {"name": "Ok", "category": "substation", "source": "survey", "capacity_mw": 10}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 91]},
                   "properties": {"name": "Bad", "category": "bakery", "source": "survey", "colour": "red"}}
                ]}""";
        List<FieldProblem> problems = validate(SiteFile.GEOJSON, json);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("features[1].properties.colour");
        List<FieldProblem> withoutUnknown = validate(SiteFile.GEOJSON, json.replace(", \"colour\": \"red\"", ""));
        assertThat(withoutUnknown).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("features[1].properties.category", "features[1].geometry.coordinates[1]");
    }

    @Test
    void aFileWithMoreRowsThanAllowedIsRefused() {
        String csv = "name,category,latitude,longitude,source\n" + "A,substation,50,30,x\n".repeat(11);
        assertThatThrownBy(() -> SiteFile.CSV.read(stream(csv), 10, row -> { }))
                .isInstanceOf(TooLarge.class);
    }

    private static List<FieldProblem> validate(SiteFile format, String body) {
        SiteValidation validation = new SiteValidation(UA, Set.of("UA", "RU"), REGIONS);
        List<FieldProblem> problems = new ArrayList<>();
        format.read(stream(body), 100, row -> {
            problems.addAll(row.problems());
            if (row.problems().isEmpty()) {
                problems.addAll(validation.validate(row.input(), row.fields()).problems());
            }
        });
        return problems;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
