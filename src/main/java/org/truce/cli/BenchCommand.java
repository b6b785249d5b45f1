package org.truce.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code truce bench <name>}: the speed benchmarks, one subcommand per feature. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark and print its figures.",
        subcommands = {BenchReportsCommand.class})
class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
