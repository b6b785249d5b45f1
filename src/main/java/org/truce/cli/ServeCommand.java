package org.truce.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the Truce server (no demo data).")
class ServeCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext context = Server.start(options.properties(), true);
        System.out.printf("Truce is running at http://localhost:%d (API docs: /swagger-ui.html)%n", options.port);
        Server.awaitShutdown(context);
        return 0;
    }
}
