package org.truce.shared.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows into one table with PostgreSQL's {@code COPY … FROM STDIN} (CSV), in the caller's
 * transaction: a bulk import writes a million reports and as many ledger entries, and COPY costs
 * the server a fraction of the same rows as INSERTs. On another database (H2) the caller falls
 * back to its JDBC batch.
 */
public final class CopyIn {

    /** Below this many rows a batch of INSERTs is as fast, and a single write stays on the usual path. */
    public static final int WORTH_IT = 64;

    private CopyIn() {
    }

    /**
     * Copies the rows when the database is PostgreSQL and there are enough of them; answers false
     * (nothing written) otherwise, so the caller inserts them its usual way. Values: strings,
     * numbers, booleans, instants; null is SQL NULL.
     */
    public static <T> boolean copy(JdbcTemplate jdbc, String table, String columns, List<T> rows,
                                   Function<T, Object[]> values) {
        if (rows.size() < WORTH_IT) {
            return false;
        }
        Boolean copied = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            copy(connection, table, columns, rows, values);
            return true;
        });
        return Boolean.TRUE.equals(copied);
    }

    /**
     * Streams the rows as they are formatted, in chunks: the server inserts the first rows while
     * the next are still being written here.
     */
    private static <T> void copy(Connection connection, String table, String columns, List<T> rows,
                                 Function<T, Object[]> values) throws SQLException {
        org.postgresql.copy.CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
        try {
            StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 4096);
            CSVPrinter printer = new CSVPrinter(chunk, CSVFormat.POSTGRESQL_CSV);
            for (T row : rows) {
                for (Object field : values.apply(row)) {
                    printer.print(field instanceof Instant instant ? instant.toString() : field);
                }
                printer.println();
                if (chunk.length() >= CHUNK_CHARS) {
                    send(copy, chunk);
                }
            }
            send(copy, chunk);
            copy.endCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static final int CHUNK_CHARS = 64 * 1024;

    private static void send(org.postgresql.copy.CopyIn copy, StringBuilder chunk) throws SQLException {
        if (chunk.length() > 0) {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
        }
    }
}
