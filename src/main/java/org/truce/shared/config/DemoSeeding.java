package org.truce.shared.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.truce.shared.DemoSeed;

/** Loads every feature's demo data, in order, when {@code truce.demo.seed=true} ({@code truce demo}). */
@Component
@ConditionalOnProperty(name = "truce.demo.seed", havingValue = "true")
class DemoSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final List<DemoSeed> seeds;
    private final Path dataDir;

    DemoSeeding(List<DemoSeed> seeds, @Value("${truce.data-dir:./data}") Path dataDir) {
        this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
        this.dataDir = dataDir;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Files.createDirectories(dataDir);
        for (DemoSeed seed : seeds) {
            long started = System.nanoTime();
            seed.seed(dataDir);
            log.info("demo data: {} ready in {} ms", seed.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
