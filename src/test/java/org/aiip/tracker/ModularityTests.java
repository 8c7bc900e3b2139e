package org.aiip.tracker;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature packages free of cycles and of reaches into each other's internals. */
class ModularityTests {

    @Test
    void featuresFormAnAcyclicModuleGraph() {
        ApplicationModules.of(TrackerApplication.class).verify();
    }

}
