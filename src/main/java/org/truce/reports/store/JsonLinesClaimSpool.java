package org.truce.reports.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.truce.reports.Claim;
import org.truce.reports.ClaimSpool;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Validated claims of a bulk import, one JSON line each, in a temporary file deleted on close. */
public final class JsonLinesClaimSpool implements ClaimSpool {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final ObjectWriter WRITER = JSON.writerFor(Claim.class);
    private static final ObjectReader READER = JSON.readerFor(Claim.class);

    private final Path file;
    private BufferedWriter writer;

    public JsonLinesClaimSpool(Path folder) {
        try {
            Files.createDirectories(folder);
            this.file = Files.createTempFile(folder, "bulk-", ".claims");
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void add(Claim claim) {
        try {
            writer.write(WRITER.writeValueAsString(claim));
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forEach(Consumer<Claim> consumer) {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    consumer.accept(READER.readValue(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
