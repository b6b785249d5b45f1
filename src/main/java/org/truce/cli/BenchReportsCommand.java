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
import org.truce.verification.Incidents;

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

    @Option(names = "--bulk-warm-up", defaultValue = "20000",
            description = "reports imported first, untimed, so that the timed import runs compiled code, as a server that "
                    + "has been up does (default: ${DEFAULT-VALUE}; 0 times the first import of a cold JVM)")
    long bulkWarmUp;

    @Option(names = "--clients", defaultValue = "32", description = "concurrent clients for single POSTs (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "how long the clients post, after the warm-up (default: ${DEFAULT-VALUE}; 0 skips it)")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "60",
            description = "seconds of posting before measuring, so that the figures are a running server's: on two busy "
                    + "cores the JIT is still compiling the request path after 40 s (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--seed", defaultValue = "20250318", description = "seed of the generated reports")
    long seed;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = options.properties();
        properties.put("server.port", 0);
        properties.put("logging.level.org.truce", "warn");
        properties.put("logging.level.org.truce.reports.Reports", "info");
        try (ConfigurableApplicationContext context = Server.start(properties, true)) {
            URI base = URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
            String token = context.getBean(Accounts.class).create(Viewer.system("bench"),
                    new NewAccount("bench-" + System.currentTimeMillis(), "monitor", null, "benchmark", null)).token();
            if (reports > 0 && bulkWarmUp > 0) {
                Path file = Files.createTempFile("truce-bench-warm-up-", ".ndjson");
                try {
                    ReportsBenchmark.generate(file, bulkWarmUp, seed + 1);
                    System.out.println("warm-up (untimed): " + ReportsBenchmark.bulk(base, token, file, bulkWarmUp));
                } finally {
                    Files.deleteIfExists(file);
                }
                awaitEngine(context.getBean(Incidents.class), "after the warm-up import");
            }
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
                awaitEngine(context.getBean(Incidents.class), "after the bulk import");
            }
            if (seconds > 0) {
                System.out.println(ReportsBenchmark.posts(base, token, clients, Duration.ofSeconds(seconds),
                        Duration.ofSeconds(warmUp), seed));
                awaitEngine(context.getBean(Incidents.class), "after the single POSTs");
            }
        }
        return 0;
    }

    /** The engine correlates on its own thread after the writes are acknowledged: how long until it has caught up. */
    private static void awaitEngine(Incidents incidents, String when) throws InterruptedException {
        long started = System.nanoTime();
        long backlog = incidents.backlog();
        while (incidents.backlog() > 0) {
            Thread.sleep(100);
        }
        System.out.printf("verification engine caught up %s in %.1f s (%,d changes were queued)%n", when,
                (System.nanoTime() - started) / 1e9, backlog);
    }
}
