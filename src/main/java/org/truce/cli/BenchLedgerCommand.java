package org.truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.truce.ledger.LedgerAppendBenchmark;
import org.truce.ledger.MerkleBenchmark;
import org.truce.shared.WritePath;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code truce bench ledger}: durable appends per second through the real write path, proof
 * latency in a tree of ten million entries, and the audit's root recomputation against plain SHA-256.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"Measure the ledger: appends (through the write path, on the database given),",
                "proofs (at 10,000,000 entries) and the audit's root recomputation (1,000,000 entries)."})
class BenchLedgerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--only", description = "appends, proofs or audit (default: all three)")
    String only;

    @Option(names = "--db-url", description = "database for the appends, e.g. jdbc:postgresql://127.0.0.1:5432/test"
            + "?currentSchema=bench_ledger&reWriteBatchedInserts=true (create the schema first); default: a fresh H2 file")
    String dbUrl;

    @Option(names = "--db-user", description = "database user (default: postgres for PostgreSQL, sa for H2)")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "", description = "database password")
    String dbPassword;

    @Option(names = "--batch-writes", defaultValue = "200", description = "writes of --batch entries (default: ${DEFAULT-VALUE})")
    int batchWrites;

    @Option(names = "--batch", defaultValue = "1000", description = "entries per batch write (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--single-writes", defaultValue = "40000", description = "single-entry writes (default: ${DEFAULT-VALUE})")
    int singleWrites;

    @Option(names = "--writers", defaultValue = "64", description = "concurrent single-entry writers (default: ${DEFAULT-VALUE})")
    int writers;

    @Option(names = "--proof-leaves", defaultValue = "10000000", description = "tree size for proofs (default: ${DEFAULT-VALUE})")
    long proofLeaves;

    @Option(names = "--audit-entries", defaultValue = "1000000", description = "entries for the root recomputation (default: ${DEFAULT-VALUE})")
    long auditEntries;

    @Option(names = "--entry-bytes", defaultValue = "160", description = "bytes per entry body for the root recomputation"
            + " (default: ${DEFAULT-VALUE}, a confidential entry's size)")
    int entryBytes;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (only == null || only.equals("appends")) {
            appends(out);
        }
        if (only == null || only.equals("proofs")) {
            out.println("proofs:");
            out.println(MerkleBenchmark.proofLatency(proofLeaves, 10_000, 42));
            out.flush();
        }
        if (only == null || only.equals("audit")) {
            out.println("audit root recomputation:");
            out.println(MerkleBenchmark.rootRecomputation(auditEntries, entryBytes, 42));
            out.flush();
        }
        return 0;
    }

    private void appends(PrintWriter out) throws IOException {
        Path data = Files.createTempDirectory("truce-bench-ledger");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("truce.data-dir", data.toString());
        properties.put("truce.ledger.checkpoint-interval", "3600");
        properties.put("logging.level.root", "warn");
        if (dbUrl != null) {
            properties.put("spring.datasource.url", dbUrl);
            properties.put("spring.datasource.username", dbUser != null ? dbUser
                    : dbUrl.startsWith("jdbc:postgresql:") ? "postgres" : "sa");
            properties.put("spring.datasource.password", dbPassword);
            properties.put("spring.datasource.hikari.maximum-pool-size", "16");
        }
        out.println("appends on " + (dbUrl != null ? dbUrl : "H2 in " + data) + ":");
        out.flush();
        try (ConfigurableApplicationContext context = Server.start(properties, false)) {
            WritePath writes = context.getBean(WritePath.class);
            // warm-up: canonical JSON only reaches its compiled speed after some 100,000 entries
            LedgerAppendBenchmark.batches(writes, 4, Math.max(4, 200_000 / batch), batch);
            out.println(LedgerAppendBenchmark.batches(writes, 1, batchWrites, batch));
            out.flush();
            out.println(LedgerAppendBenchmark.batches(writes, 4, batchWrites, batch));
            out.flush();
            LedgerAppendBenchmark.batches(writes, writers, Math.max(writers, singleWrites / 4), 1); // warm-up
            out.println(LedgerAppendBenchmark.batches(writes, writers, singleWrites, 1));
            out.flush();
        }
    }
}
