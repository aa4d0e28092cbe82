package id.redaksi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules README.md describes, checked: no module reaches into another's internals, and no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RedaksiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
