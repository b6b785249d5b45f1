package org.truce.cli;

import org.truce.verification.VerificationBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Time correlation and determinations in memory over random reproducible claims and sites; "
                + "with --export, also write the data and the engine's matches for bench/postgis-side-by-side.sh.")
class BenchVerifyCommand implements Callable<Integer> {

    @Option(names = "--reports", defaultValue = "1000000", description = "claims (default: ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--sites", defaultValue = "100000", description = "protected sites (default: ${DEFAULT-VALUE})")
    int sites;

    @Option(names = "--seed", defaultValue = "20250318", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--passes", defaultValue = "5",
            description = "timed passes after the cold one; the median is reported (default: ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--export", description = "folder for sites.csv, claims.csv and truce-matches.txt")
    Path export;

    @Override
    public Integer call() {
        if (reports < 1 || sites < 0 || passes < 1) {
            System.err.println("--reports and --passes must be at least 1, --sites at least 0");
            return 2;
        }
        System.out.print(VerificationBenchmark.run(reports, sites, seed, export, passes));
        return 0;
    }
}
