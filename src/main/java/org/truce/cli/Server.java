package org.truce.cli;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.truce.TruceApplication;

/** Starts the Spring application from a command, with or without its web server. */
final class Server {

    private Server() {
    }

    /** The options become command-line properties, which take precedence over application.properties. */
    static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web) {
        String[] args = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(TruceApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run(args);
    }

    /** Blocks until the application shuts down (Ctrl-C, SIGTERM). */
    static void awaitShutdown(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
