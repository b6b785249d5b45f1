package org.truce.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** Where the server listens and which database it uses; each maps to a standard Spring property. */
class ServerOptions {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--data", description = "data folder for the embedded database, keys and evidence (default: ${DEFAULT-VALUE})",
            defaultValue = "./data")
    Path data;

    @Option(names = "--db-url", description = "JDBC URL of the database, e.g. jdbc:postgresql://127.0.0.1:5432/truce "
            + "(default: the embedded H2 file database in the data folder)")
    String dbUrl;

    @Option(names = "--db-user", description = "database user")
    String dbUser;

    @Option(names = "--db-password", description = "database password")
    String dbPassword;

    /** Spring properties for these options; unset options leave Spring's own configuration alone. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        properties.put("truce.data-dir", data.toAbsolutePath().normalize().toString());
        if (dbUrl != null) {
            properties.put("spring.datasource.url", dbUrl);
        }
        if (dbUser != null) {
            properties.put("spring.datasource.username", dbUser);
        }
        if (dbPassword != null) {
            properties.put("spring.datasource.password", dbPassword);
        }
        return properties;
    }
}
