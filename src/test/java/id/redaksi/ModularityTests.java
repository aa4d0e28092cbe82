package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules, checked: each module uses only the modules its {@code package-info.java} allows
 * ({@code @ApplicationModule(allowedDependencies = ...)}), never another's internals, and no cycle. A new arrow
 * fails here until it is declared there.
 */
class ModularityTests {

    private static final ApplicationModules modules = ApplicationModules.of(RedaksiApplication.class);

    @Test
    void modulesUseOnlyWhatTheyDeclare() {
        modules.verify();
    }

    /**
     * A module that names its interfaces is reached only through them. {@code verify()} alone would let a module that
     * declares the bare module name (its base package) use every public type there, and the newsroom's base package
     * holds internals that are public only for its {@code desk} sub-package.
     */
    @Test
    void modulesWithNamedInterfacesAreReachedOnlyThroughThem() {
        var reachingIn = modules.stream()
                .flatMap(module -> module.getDirectDependencies(modules).stream())
                .filter(dependency -> namesItsInterfaces(dependency.getTargetModule()))
                .filter(dependency -> !dependency
                        .getTargetModule()
                        .getNamedInterfaces()
                        .containsInExplicitInterface(dependency.getTargetType()))
                .map(ModularityTests::describe)
                .distinct()
                .toList();

        assertThat(reachingIn).isEmpty();
    }

    private static boolean namesItsInterfaces(ApplicationModule module) {
        return module.getNamedInterfaces().hasExplicitInterfaces();
    }

    private static String describe(ApplicationModuleDependency dependency) {
        return dependency.getSourceType().getName() + " -> "
                + dependency.getTargetType().getName();
    }
}
