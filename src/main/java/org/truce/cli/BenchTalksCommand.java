package org.truce.cli;

import java.util.concurrent.Callable;

import org.truce.talks.TalksAnalysisBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "talks", mixinStandardHelpOptions = true,
        description = "Analyse a reproducible negotiation of about 1,000,000 packages (frontier, Nash, Kalai-Smorodinsky, maximin).")
class BenchTalksCommand implements Callable<Integer> {

    @Option(names = "--issues", defaultValue = "6", description = "issues on the table (default: ${DEFAULT-VALUE})")
    int issues;

    @Option(names = "--options", defaultValue = "10", description = "options per issue (default: ${DEFAULT-VALUE})")
    int options;

    @Option(names = "--seed", defaultValue = "20240806", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--runs", defaultValue = "7", description = "timed runs after the warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        System.out.println(TalksAnalysisBenchmark.run(seed, issues, options, TalksAnalysisBenchmark.DEFAULT_WARMUPS, runs));
        return 0;
    }
}
