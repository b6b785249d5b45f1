package org.truce.sites;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.truce.shared.FieldProblem;

/**
 * A bulk nomination file, CSV (with a header row) or a GeoJSON FeatureCollection, read one row
 * at a time so that a large file is never held whole.
 */
public enum SiteFile {
    CSV, GEOJSON;

    /** The format a request's Content-Type names: {@code text/csv}, {@code application/geo+json} or JSON. */
    public static Optional<SiteFile> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv", "application/csv" -> Optional.of(CSV);
            case "application/geo+json", "application/json" -> Optional.of(GEOJSON);
            default -> Optional.empty();
        };
    }

    /** The format a file name suggests ({@code .csv}, {@code .geojson}, {@code .json}). */
    public static Optional<SiteFile> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            return Optional.of(GEOJSON);
        }
        return Optional.empty();
    }

    public String contentType() {
        return this == CSV ? "text/csv" : "application/geo+json";
    }

    /**
     * One row of the file (a CSV record, a feature): its number (1 for the first row after the
     * header, or the first feature), the nomination it carries, how to name its fields in a
     * problem ({@code row 17: latitude}, {@code features[16].properties.category}), and the
     * problems found while reading it.
     */
    public record Row(int number, SiteInput input, UnaryOperator<String> fields, List<FieldProblem> problems) {
    }

    /**
     * Reads the rows in order.
     *
     * @throws org.truce.shared.InvalidInput when the file as a whole cannot be read (no header, broken syntax)
     * @throws org.truce.shared.TooLarge     when it has more than {@code maxRows} rows
     */
    public void read(InputStream in, int maxRows, Consumer<Row> rows) {
        if (this == CSV) {
            SiteCsv.read(in, maxRows, rows);
        } else {
            SiteFeatures.read(in, maxRows, rows);
        }
    }
}
