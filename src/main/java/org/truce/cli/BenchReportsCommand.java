package org.truce.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.truce.access.Accounts;
import org.truce.access.NewAccount;
import org.truce.reports.ReportsBenchmark;
import org.truce.shared.Viewer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "Report intake speed: a bulk NDJSON import of generated reports (time, peak heap), then single "
                + "POSTs from concurrent clients (throughput, p50, p99). Starts a server in this JVM on the database "
                + "given (e.g. --db-url 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_reports"
                + "&reWriteBatchedInserts=true' --db-user postgres).")
class BenchReportsCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options;

    @Option(names = "--reports", defaultValue = "1000000", description = "reports in the bulk import (default: ${DEFAULT-VALUE}; 0 skips it)")
    long reports;

    @Option(names = "--clients", defaultValue = "32", description = "concurrent clients for single POSTs (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "how long the clients post, after the warm-up (default: ${DEFAULT-VALUE}; 0 skips it)")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "10", description = "seconds of posting before measuring (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--seed", defaultValue = "20250318", description = "seed of the generated reports")
    long seed;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = options.properties();
        properties.put("server.port", 0);
        properties.put("logging.level.org.truce", "warn");
        try (ConfigurableApplicationContext context = Server.start(properties, true)) {
            URI base = URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
            String token = context.getBean(Accounts.class).create(Viewer.system("bench"),
                    new NewAccount("bench-" + System.currentTimeMillis(), "monitor", null, "benchmark", null)).token();
            if (reports > 0) {
                Path file = Files.createTempFile("truce-bench-", ".ndjson");
                try {
                    long started = System.nanoTime();
                    ReportsBenchmark.generate(file, reports, seed);
                    System.out.printf("generated %,d reports (%,d bytes) in %.1f s%n", reports, Files.size(file),
                            (System.nanoTime() - started) / 1e9);
                    System.out.println(ReportsBenchmark.bulk(base, token, file, reports));
                } finally {
                    Files.deleteIfExists(file);
                }
            }
            if (seconds > 0) {
                System.out.println(ReportsBenchmark.posts(base, token, clients, Duration.ofSeconds(seconds),
                        Duration.ofSeconds(warmUp), seed));
            }
        }
        return 0;
    }
}
