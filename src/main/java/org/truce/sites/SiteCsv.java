package org.truce.sites;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.TooLarge;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Site nominations as CSV: a header row naming the columns (snake_case, any order, case and
 * underscores ignored), then one site per row. A line or polygon goes in the {@code geometry}
 * column as GeoJSON; a point may use {@code latitude} and {@code longitude} instead.
 */
final class SiteCsv {

    /** The columns, in the order the README lists them. */
    static final List<String> COLUMNS = SiteInput.FIELDS.stream().map(SiteCsv::snake).toList();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SiteCsv() {
    }

    static void read(InputStream in, int maxRows, Consumer<SiteFile.Row> rows) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = open(reader, format)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            Map<String, String> headerOf = new HashMap<>();
            parser.getHeaderNames().forEach(h -> headerOf.put(normalize(h), stripBom(h).strip()));
            Iterator<CSVRecord> records = parser.iterator();
            int number = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw InvalidInput.of("row " + (number + 1), "malformed CSV: " + rootMessage(e));
                }
                number++;
                if (number > maxRows) {
                    throw new TooLarge("body", "more than " + maxRows + " rows; split the file");
                }
                rows.accept(row(number, record, columns, headerOf));
            }
            if (number == 0) {
                throw InvalidInput.of("body", "no rows after the header");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVParser open(Reader reader, CSVFormat format) throws IOException {
        try {
            return CSVParser.parse(reader, format);
        } catch (IllegalArgumentException | UncheckedIOException | IllegalStateException e) {
            throw InvalidInput.of("header", "unreadable header row: " + rootMessage(e));
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        if (header.isEmpty()) {
            throw InvalidInput.of("header", "a header row naming the columns is required: " + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String key = normalize(header.get(i));
            if (key.isEmpty()) {
                problems.add(new FieldProblem("header", "column " + (i + 1) + " has no name"));
            } else if (SiteInput.FIELDS.stream().noneMatch(f -> normalize(f).equals(key))) {
                problems.add(new FieldProblem("header", "unknown column '" + stripBom(header.get(i)).strip()
                        + "'; known columns: " + String.join(", ", COLUMNS)));
            } else {
                columns.put(key, i);
            }
        }
        for (String required : List.of("name", "category", "source")) {
            if (!columns.containsKey(required)) {
                problems.add(new FieldProblem("header", "missing column '" + required + "'"));
            }
        }
        boolean position = columns.containsKey("latitude") && columns.containsKey("longitude");
        if (!position && !columns.containsKey("geometry")) {
            problems.add(new FieldProblem("header", "missing columns 'latitude' and 'longitude' (or 'geometry')"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return columns;
    }

    private static SiteFile.Row row(int number, CSVRecord record, Map<String, Integer> columns,
                                    Map<String, String> headerOf) {
        UnaryOperator<String> fields = field -> {
            int dot = field.indexOf('.');
            String head = dot < 0 ? field : field.substring(0, dot);
            String column = headerOf.getOrDefault(normalize(head), snake(head));
            return "row " + number + ": " + column + (dot < 0 ? "" : field.substring(dot));
        };
        List<FieldProblem> problems = new ArrayList<>();
        if (record.size() > headerOf.size()) {
            problems.add(new FieldProblem("row " + number, "has " + record.size() + " values but the header names "
                    + headerOf.size() + " columns"));
        }
        JsonNode geometry = null;
        String geometryText = cell(record, columns, "geometry");
        if (geometryText != null && !geometryText.isBlank()) {
            try {
                geometry = JSON.readTree(geometryText);
            } catch (JacksonException e) {
                problems.add(new FieldProblem(fields.apply("geometry"), "not a GeoJSON geometry: " + e.getOriginalMessage()));
            }
        }
        SiteInput input = new SiteInput(cell(record, columns, "name"), cell(record, columns, "category"),
                cell(record, columns, "kind"), geometry, cell(record, columns, "latitude"),
                cell(record, columns, "longitude"), cell(record, columns, "country"), cell(record, columns, "owner"),
                cell(record, columns, "capacityMw"), cell(record, columns, "source"),
                cell(record, columns, "sourceRef"), cell(record, columns, "controlContested"),
                cell(record, columns, "controlReason"));
        return new SiteFile.Row(number, input, fields, problems);
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String field) {
        Integer index = columns.get(normalize(field));
        return index == null || index >= record.size() ? null : record.get(index);
    }

    static String normalize(String header) {
        return stripBom(header).strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.toString() : root.getMessage();
    }
}
