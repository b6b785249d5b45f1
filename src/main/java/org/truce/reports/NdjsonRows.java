package org.truce.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import org.truce.shared.FieldProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** One report per line, as JSON in the form of {@code POST /api/reports}; blank lines are skipped. */
final class NdjsonRows implements BulkRows {

    /** A longer line is refused rather than read into memory. */
    static final int MAX_LINE_BYTES = 1 << 20;
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectReader READER = JSON.readerFor(NewReport.class);

    private final InputStream in;

    NdjsonRows(InputStream in) {
        this.in = in;
    }

    @Override
    public void read(RowConsumer consumer) {
        try {
            LineReader lines = new LineReader(in);
            long number = 0;
            byte[] line;
            while ((line = lines.next()) != null) {
                if (lines.tooLong) {
                    number++;
                    consumer.row(number, null, UnaryOperator.identity(),
                            List.of(new FieldProblem("line", "longer than " + MAX_LINE_BYTES + " bytes")));
                    continue;
                }
                if (isBlank(line, lines.length)) {
                    continue;
                }
                number++;
                try {
                    NewReport report = READER.readValue(line, 0, lines.length);
                    consumer.row(number, report, UnaryOperator.identity(), List.of());
                } catch (JacksonException e) {
                    consumer.row(number, null, UnaryOperator.identity(), List.of(JsonProblems.of(e)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    /** Reads lines of bytes into one reused buffer, never more than {@link #MAX_LINE_BYTES} of one line. */
    private static final class LineReader {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int limit;
        private final ByteArrayOutputStream current = new ByteArrayOutputStream(1024);
        private byte[] line = new byte[1024];
        int length;
        boolean tooLong;

        LineReader(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            current.reset();
            tooLong = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(chunk);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = position;
                while (position < limit && chunk[position] != '\n') {
                    position++;
                }
                if (!tooLong) {
                    current.write(chunk, start, position - start);
                    if (current.size() > MAX_LINE_BYTES) {
                        tooLong = true;
                        current.reset();
                    }
                }
                if (position < limit) {
                    position++;
                    break;
                }
            }
            length = current.size();
            if (line.length < length) {
                line = new byte[Math.max(length, line.length * 2)];
            }
            System.arraycopy(current.toByteArray(), 0, line, 0, length);
            return line;
        }
    }

    static String text(byte[] bytes, int length) {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
