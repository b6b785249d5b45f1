package org.truce.cli;

import java.util.concurrent.Callable;

import org.truce.sites.SiteIndexBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sites", mixinStandardHelpOptions = true,
        description = "Time 'sites within r metres of a point' over random sites in memory (median and p99 per query).")
class BenchSitesCommand implements Callable<Integer> {

    @Option(names = "--sites", defaultValue = "100000", description = "sites in the index (default: ${DEFAULT-VALUE})")
    int sites;

    @Option(names = "--queries", defaultValue = "10000", description = "timed queries (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--radius", defaultValue = "10000", description = "radius in metres (default: ${DEFAULT-VALUE})")
    double radius;

    @Option(names = "--seed", defaultValue = "20250318", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        if (sites < 1 || queries < 1 || !(radius >= 0)) {
            System.err.println("--sites and --queries must be at least 1, --radius at least 0");
            return 2;
        }
        System.out.println(SiteIndexBenchmark.run(sites, queries, radius, seed));
        return 0;
    }
}
