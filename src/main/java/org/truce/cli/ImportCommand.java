package org.truce.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code truce import <what> FILE}: bulk imports through a running server's API. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a file through a running server's API.",
        subcommands = {ImportReportsCommand.class})
class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
