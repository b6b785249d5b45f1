package org.truce.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database a test application runs on: H2 in memory by default, or the PostgreSQL server of
 * this machine when Maven's {@code postgres} profile sets {@code truce.test.database=postgres}.
 * Each name is its own empty database (an H2 memory database, or a PostgreSQL schema dropped
 * and recreated), so applications started by different tests never see each other's data
 * unless they are meant to share it.
 */
public final class TestDatabase {

    private static final String POSTGRES_URL = System.getProperty("truce.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");

    /**
     * Several checkouts of the project may run their suites against the one PostgreSQL server at
     * once: each prefixes its schemas with a tag of its own directory so that they never drop each
     * other's.
     */
    private static final String CHECKOUT = Integer.toHexString(
            System.getProperty("user.dir", "").hashCode() & 0xfffff);

    private TestDatabase() {
    }

    /** The PostgreSQL schema (or H2 memory database) that holds the database {@code name}. */
    public static String physicalName(String name) {
        return isPostgres() ? name + "_" + CHECKOUT : name;
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("truce.test.database"));
    }

    /** Spring properties for an application on the database {@code name}, emptied first. */
    public static Map<String, String> fresh(String name) {
        if (isPostgres()) {
            dropSchema(physicalName(name));
        }
        return shared(name);
    }

    /** Spring properties for the database {@code name} as it is (for a second instance on it). */
    public static Map<String, String> shared(String name) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (isPostgres()) {
            properties.put("spring.datasource.url", postgresUrl(physicalName(name)));
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            properties.put("spring.flyway.schemas", physicalName(name));
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        return properties;
    }

    /** A plain JDBC connection to the database {@code name}, for tests that inspect or tamper with it. */
    public static Connection connect(String name) throws SQLException {
        Map<String, String> properties = shared(name);
        return DriverManager.getConnection(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
    }

    private static String postgresUrl(String schema) {
        String separator = POSTGRES_URL.contains("?") ? "&" : "?";
        return POSTGRES_URL + separator + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
    }

    private static void dropSchema(String name) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("the PostgreSQL run of the suite needs the server at " + POSTGRES_URL
                    + " (start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start)", e);
        }
    }
}
