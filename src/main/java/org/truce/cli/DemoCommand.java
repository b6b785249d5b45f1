package org.truce.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the Truce server with the demo data (the 2025 energy moratorium) on the embedded database.")
class DemoCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = options.properties();
        properties.put("truce.demo.seed", "true");
        ConfigurableApplicationContext context = Server.start(properties, true);
        System.out.printf("""

                Truce demo is running at http://localhost:%d
                  API docs:  http://localhost:%d/swagger-ui.html
                  Data:      %s

                Demo accounts (DEMO ONLY: these secrets are public):
                  username   password / bearer token   role
                  mediator   demo-mediator             mediator
                  monitor    demo-monitor              monitor
                  ua         demo-ua                   party UA (Ukraine)
                  ru         demo-ru                   party RU (Russian Federation)

                Try: curl -H 'Authorization: Bearer demo-ua' http://localhost:%d/api/agreements
                Stop with Ctrl-C.
                """, options.port, options.port, options.data.toAbsolutePath().normalize(), options.port);
        Server.awaitShutdown(context);
        return 0;
    }
}
