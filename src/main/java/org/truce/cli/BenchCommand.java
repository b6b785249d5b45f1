package org.truce.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code truce bench <area>}: the benchmarks behind the README's performance table. Each prints
 * its figures; none is run by the test suite.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Truce's speed; each subcommand prints its figures.",
        subcommands = {BenchLedgerCommand.class, BenchReportsCommand.class, BenchSitesCommand.class, BenchTalksCommand.class,
                BenchVerifyCommand.class})
class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
