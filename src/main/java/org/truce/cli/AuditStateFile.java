package org.truce.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.truce.ledger.AuditState;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's memory of one log, as JSON: the key pinned on first use and the last checkpoint
 * verified. By default {@code ~/.truce/audit-<host>[_<port>].json}.
 */
final class AuditStateFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditStateFile() {
    }

    static Path defaultPath(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "log" : uri.getHost();
        String name = "audit-" + host + (uri.getPort() > 0 ? "_" + uri.getPort() : "") + ".json";
        return Path.of(System.getProperty("user.home"), ".truce", name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** The state in the file, or null when there is none yet. */
    static AuditState read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode state = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        String key = state.path("publicKey").asString(null);
        if (key == null) {
            throw new IOException(file + " has no publicKey: not an audit state file");
        }
        return new AuditState(key, state.path("checkpoint").asString(null));
    }

    static void write(Path file, String url, AuditState state) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", url);
        json.put("publicKey", state.publicKey());
        json.put("checkpoint", state.checkpoint());
        json.put("verifiedAt", Instant.now().toString());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = dir.resolve(file.getFileName() + ".tmp");
        Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n",
                StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
