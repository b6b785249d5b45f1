package org.truce.shared;

import java.nio.file.Path;

/**
 * One feature's part of the demo data. {@code truce demo} runs every seed in {@link #order()}
 * after start-up; a seed must be idempotent, so a second demo on the same data folder adds
 * nothing twice.
 */
public interface DemoSeed {

    /** Lower runs first: accounts (100), agreements (200), sites (300), reports (400), … */
    int order();

    /** @param dataDir the demo's data folder, where a seed may leave files for the user */
    void seed(Path dataDir);
}
