package org.truce.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;

/** CSV rows with a header; an HXL hashtag row ({@code #date,#geo+lat,…}) right under it is skipped. */
final class CsvRows implements BulkRows {

    private final InputStream in;

    CsvRows(InputStream in) {
        this.in = in;
    }

    @Override
    public void read(RowConsumer consumer) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = parser.getHeaderNames();
            List<FieldProblem> unknown = new ArrayList<>();
            for (String column : header) {
                if (FlatFields.fieldOf(column) == null) {
                    unknown.add(new FieldProblem("header", "unknown column '" + column + "'; known columns: "
                            + String.join(", ", FlatFields.knownColumns())));
                }
            }
            if (header.isEmpty()) {
                throw InvalidInput.of("header", "a CSV file starts with a header row naming its columns");
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInput(unknown);
            }
            UnaryOperator<String> names = FlatFields.namesFor(header);
            long number = 0;
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first && isHashtagRow(record)) {
                    first = false;
                    continue;
                }
                first = false;
                number++;
                Map<String, String> row = new LinkedHashMap<>();
                List<FieldProblem> unreadable = new ArrayList<>();
                if (record.size() != header.size()) {
                    unreadable.add(new FieldProblem("columns", record.size() + " values for " + header.size() + " columns"));
                }
                for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
                    row.put(header.get(i), record.get(i));
                }
                NewReport report = FlatFields.toReport(row, unreadable, names);
                consumer.row(number, report, names, unreadable);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw InvalidInput.of("body", "not a readable CSV file: " + e.getMessage());
        }
    }

    /** HXL: every non-empty cell is a hashtag. */
    private static boolean isHashtagRow(CSVRecord record) {
        boolean any = false;
        for (String value : record) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!value.trim().startsWith("#")) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
