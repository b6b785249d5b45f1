package org.truce.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.truce.sites.SiteFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "sites", mixinStandardHelpOptions = true,
        description = "Nominate the protected sites of a CSV or GeoJSON file on a running server (all or none), "
                + "with a progress bar; prints how many were nominated, or every problem by row.")
class ImportSitesCommand implements Callable<Integer> {

    private static final int MAX_SHOWN = 50;

    @Parameters(index = "0", paramLabel = "FILE", description = "a .csv (header row) or .geojson FeatureCollection")
    Path file;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "the server (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--token", defaultValue = "${env:TRUCE_TOKEN}",
            description = "bearer token of a party or the mediator (default: $TRUCE_TOKEN)")
    String token;

    @Option(names = "--format", description = "csv or geojson (default: from the file name)")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("no such file: " + file);
            return 2;
        }
        if (token == null || token.isBlank()) {
            System.err.println("a token is needed: --token T (or TRUCE_TOKEN)");
            return 2;
        }
        SiteFile kind = format != null ? parseFormat(format) : SiteFile.ofFileName(file.getFileName().toString()).orElse(null);
        if (kind == null) {
            System.err.println("cannot tell the format of " + file.getFileName() + ": name it .csv or .geojson, or give --format");
            return 2;
        }
        long size = Files.size(file);
        ProgressBar bar = new ProgressBar(System.err, "sending " + file.getFileName(), size);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/sites/import"))
                .header("Authorization", "Bearer " + token.strip())
                .header("Content-Type", kind.contentType())
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> bar.counting(open(file))), size))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println();
            System.err.println("could not reach " + url + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return 1;
        }
        bar.finish();
        return report(response.statusCode(), response.body());
    }

    private static int report(int status, String body) {
        JsonNode answer;
        try {
            answer = JsonMapper.builder().build().readTree(body);
        } catch (JacksonException e) {
            System.err.println("the server answered " + status + ": " + body);
            return 1;
        }
        if (status == 201) {
            System.out.printf("nominated %d sites%n", answer.path("nominated").asInt());
            return 0;
        }
        System.err.printf("refused (%d %s); nothing was written%n", status, answer.path("title").asString(""));
        JsonNode errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            System.err.println("  " + answer.path("detail").asString(""));
            int shown = 0;
            for (JsonNode error : errors) {
                if (shown++ == MAX_SHOWN) {
                    System.err.printf("  … and %d more%n", errors.size() - MAX_SHOWN);
                    break;
                }
                System.err.printf("  %s: %s%n", error.path("field").asString(""), error.path("reason").asString(""));
            }
        } else {
            System.err.println("  " + answer.path("detail").asString(body));
        }
        return 2;
    }

    private static SiteFile parseFormat(String format) {
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> SiteFile.CSV;
            case "geojson", "json" -> SiteFile.GEOJSON;
            default -> null;
        };
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
