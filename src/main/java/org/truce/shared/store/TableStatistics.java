package org.truce.shared.store;

import java.sql.Statement;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Has PostgreSQL sample a table again after a bulk write, in the writer's transaction. Its planner
 * otherwise keeps the statistics (and the cached plans) of when the table was small: after a
 * million reports arrived on a server that had a few thousand, the engine's reads by id scanned the
 * whole table, and a server run without autovacuum never corrects it. Nothing on H2.
 */
public final class TableStatistics {

    /** A write that adds at least this many rows to a table samples it again. */
    public static final int AFTER_ROWS = 1_000;

    private TableStatistics() {
    }

    public static void refresh(JdbcTemplate jdbc, String table) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE " + table);
                }
            }
            return null;
        });
    }
}
