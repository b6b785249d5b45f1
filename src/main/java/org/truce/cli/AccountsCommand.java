package org.truce.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.truce.access.Accounts;
import org.truce.access.CreatedAccount;
import org.truce.access.NewAccount;
import org.truce.shared.Problem;
import org.truce.shared.Viewer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "accounts", mixinStandardHelpOptions = true, description = "Manage accounts.",
        subcommands = AccountsCommand.Create.class)
class AccountsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an account in the database and print its API token (shown once).")
    static class Create implements Callable<Integer> {

        @Mixin
        ServerOptions options;

        @Option(names = "--username", required = true, description = "login name")
        String username;

        @Option(names = "--role", required = true, description = "mediator, party or monitor")
        String role;

        @Option(names = "--party", description = "party code for a party account, e.g. UA")
        String party;

        @Option(names = "--name", description = "display name")
        String displayName;

        @Option(names = "--password", interactive = true, arity = "0..1",
                description = "password for the web UI (asked for when given without a value)")
        String password;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Server.start(options.properties(), false)) {
                Accounts accounts = context.getBean(Accounts.class);
                CreatedAccount created = accounts.create(Viewer.system("cli"),
                        new NewAccount(username, role, party, displayName, password));
                System.out.printf("created %s (%s%s)%nAPI token (shown once): %s%n", created.account().username(),
                        created.account().role().code(),
                        created.account().party() == null ? "" : " " + created.account().party(), created.token());
                return 0;
            } catch (Problem problem) {
                System.err.println("refused: " + problem.getMessage());
                return 2;
            }
        }
    }
}
