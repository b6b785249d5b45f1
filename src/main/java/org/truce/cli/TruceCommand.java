package org.truce.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code truce} command: run the server, manage accounts, sign, import, audit, benchmark. */
@Command(name = "truce", mixinStandardHelpOptions = true, version = "truce 0.1",
        description = "Broker a partial ceasefire and verify, on a record both parties can audit, whether it is kept.",
        subcommands = {
                ServeCommand.class,
                DemoCommand.class,
                AccountsCommand.class,
                ImportCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public class TruceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line; returns the exit code once the command (or the server it started) ends. */
    public static int execute(String... args) {
        return new CommandLine(new TruceCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
