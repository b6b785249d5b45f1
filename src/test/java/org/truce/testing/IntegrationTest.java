package org.truce.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Base of the tests that run the whole application over HTTP. They share one running server
 * (Spring caches the context) on one database, loaded with the demo data as {@code truce demo}
 * loads it, so each test must create what it needs and must not assume it is alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    public static final String DATABASE = "truce_it";

    @LocalServerPort
    protected int port;

    protected Api api;

    /** The shared server's data folder (its keys, its evidence files). */
    public static final Path DATA_DIR = Path.of("target", "test-data", TestDatabase.isPostgres() ? "postgres" : "h2");

    @DynamicPropertySource
    static void sharedApplication(DynamicPropertyRegistry registry) {
        TestDatabase.fresh(DATABASE).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("truce.demo.seed", () -> "true");
        Path dataDir = DATA_DIR;
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("truce.data-dir", dataDir::toString);
    }

    /**
     * Another instance of the shared server (DESIGN.md: several instances over one database): same
     * database, same ledger signing key, its own data folder and port. Close it when done.
     */
    protected static ConfigurableApplicationContext startAnotherInstance(String name) {
        Map<String, String> properties = new LinkedHashMap<>(TestDatabase.shared(DATABASE));
        properties.put("truce.ledger.key-file", DATA_DIR.resolve("keys").resolve("ledger.key").toString());
        return TestApplications.start(name, properties);
    }

    @BeforeEach
    void connectApi() {
        api = new Api(port);
    }

    protected Api as(String token) {
        return api.as(token);
    }

    protected Api mediator() {
        return api.as("demo-mediator");
    }

    protected Api monitor() {
        return api.as("demo-monitor");
    }

    protected Api ua() {
        return api.as("demo-ua");
    }

    protected Api ru() {
        return api.as("demo-ru");
    }
}
