package org.truce.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.TruceApplication;
import org.truce.sites.SiteListExchange;

/**
 * Starts extra Truce servers for the tests that need their own database, or several instances
 * on one database (DESIGN.md: stateless instances behind a load balancer over one primary).
 */
public final class TestApplications {

    private TestApplications() {
    }

    /** A server on a random port with these properties (usually {@link TestDatabase#fresh}). */
    public static ConfigurableApplicationContext start(String name, Map<String, String> properties) {
        return start(name, properties, Map.of());
    }

    /**
     * The same, with beans of the test's own registered before the application's: a stand-in for
     * the SPI another feature would provide (whether the agreement exchanges the site lists).
     */
    public static ConfigurableApplicationContext start(String name, Map<String, String> properties,
                                                       Map<String, Object> beans) {
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=0");
        args.add("--truce.data-dir=target/test-data/" + name);
        return new SpringApplicationBuilder(TruceApplication.class)
                .initializers(context -> beans.forEach(context.getBeanFactory()::registerSingleton))
                .run(args.toArray(String[]::new));
    }

    /**
     * A server with the demo data on a fresh database whose agreement exchanges the site lists
     * exactly while {@code exchanged} holds (a {@link SiteListExchange} bean, as the agreement
     * feature provides).
     */
    public static ConfigurableApplicationContext demoWithSiteListExchange(String database, AtomicBoolean exchanged) {
        Map<String, String> properties = new HashMap<>(TestDatabase.fresh(database));
        properties.put("truce.demo.seed", "true");
        SiteListExchange agreement = (owner, viewer) -> exchanged.get();
        return start(database, properties, Map.of("testSiteListExchange", agreement));
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public static Api api(ConfigurableApplicationContext context) {
        return new Api(port(context));
    }
}
