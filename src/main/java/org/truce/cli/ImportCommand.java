package org.truce.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code truce import <what> FILE}: bulk files sent to a running server, through its validation. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Send a bulk file to a running Truce server.",
        subcommands = {ImportReportsCommand.class, ImportSitesCommand.class})
class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
