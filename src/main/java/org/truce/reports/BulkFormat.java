package org.truce.reports;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The formats a bulk import reads. */
public enum BulkFormat {
    /** CSV with a header row; an HXL hashtag row under it is skipped. Columns: {@link FlatFields}. */
    CSV("text/csv"),
    /** A GeoJSON FeatureCollection: Point geometry, the flat columns as properties. */
    GEOJSON("application/geo+json"),
    /** One report per line, in the JSON form of {@code POST /api/reports}. */
    NDJSON("application/x-ndjson");

    private final String mediaType;

    BulkFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BulkFormat> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code().equals(normalized)).findFirst();
    }

    /** The format of a media type: text/csv, application/geo+json (or json), application/x-ndjson (or jsonl). */
    public static Optional<BulkFormat> byMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv", "application/csv" -> Optional.of(CSV);
            case "application/geo+json", "application/json" -> Optional.of(GEOJSON);
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
                 "application/jsonlines" -> Optional.of(NDJSON);
            default -> Optional.empty();
        };
    }

    /** The format of a file name: .csv, .geojson (or .json), .ndjson (or .jsonl). */
    public static Optional<BulkFormat> byFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            return Optional.of(GEOJSON);
        }
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return Optional.of(NDJSON);
        }
        return Optional.empty();
    }

    /** The rows of a file in this format, read once from the stream. */
    public BulkRows rows(InputStream in) {
        return switch (this) {
            case CSV -> new CsvRows(in);
            case GEOJSON -> new GeoJsonRows(in);
            case NDJSON -> new NdjsonRows(in);
        };
    }
}
