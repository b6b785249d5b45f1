package org.truce;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The features are modules (DESIGN.md): no cycles, and each reaches others only through their API. */
class ModularityTests {

    @Test
    void featuresRespectTheirBoundaries() {
        ApplicationModules.of(TruceApplication.class).verify();
    }
}
