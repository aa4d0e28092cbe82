package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules README.md lists, checked: each module uses only the modules its {@code package-info.java} allows
 * ({@code @ApplicationModule(allowedDependencies = ...)}), never another's internals, and no cycle. A new arrow
 * fails here until it is declared there and in README's table, and is then drawn into {@code docs/modules/}.
 */
class ModularityTests {

    /** Committed: a map that no longer matches the code shows in {@code git diff} after a test run. */
    static final String DOCS = "docs/modules";

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

    @Test
    void drawsEveryModuleAndEveryArrowIntoDocs() throws IOException {
        ModuleMap.draw(modules, Path.of(DOCS));

        var expectedFiles = new ArrayList<>(List.of("components.puml"));
        modules.forEach(module -> expectedFiles.addAll(
                List.of("module-" + module.getIdentifier() + ".puml", "module-" + module.getIdentifier() + ".adoc")));
        try (var files = Files.list(Path.of(DOCS))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(expectedFiles);
        }
        var map = Files.readString(Path.of(DOCS, "components.puml"));
        modules.forEach(module -> module.getDirectDependencies(modules)
                .uniqueModules()
                .forEach(target -> assertThat(map)
                        .containsPattern("(?m)^Rel\\(\\S+\\." + module.getDisplayName() + ", \\S+\\."
                                + target.getDisplayName() + ", ")));
    }

    /** README's "How the code is laid out" names every module with exactly what its {@code package-info.java} allows. */
    @Test
    void readmeSaysWhatEachModuleMayUse() throws IOException {
        var declared = new TreeMap<String, List<String>>();
        modules.forEach(module -> declared.put(module.getIdentifier().toString(), allowedDependencies(module)));

        assertThat(layoutTable(Files.readString(Path.of("README.md"))))
                .as("README's \"How the code is laid out\" against each package-info.java")
                .isEqualTo(declared);
    }

    private static List<String> allowedDependencies(ApplicationModule module) {
        return module.getBasePackage()
                .getAnnotation(org.springframework.modulith.ApplicationModule.class)
                .map(declaration -> List.of(declaration.allowedDependencies()))
                .orElseThrow(() -> new AssertionError("module " + module.getIdentifier()
                        + " does not declare what it may use: @ApplicationModule(allowedDependencies = ...)"
                        + " in its package-info.java"));
    }

    /** Each module row of the table: its package, and the names in backticks in its "may use" column. */
    private static Map<String, List<String>> layoutTable(String readme) {
        var section = readme.substring(readme.indexOf("## How the code is laid out"));
        section = section.substring(0, section.indexOf("\n## "));
        var rows = new TreeMap<String, List<String>>();
        section.lines()
                .filter(line -> line.startsWith("| `") && !line.contains("(not a module)"))
                .map(line -> line.split("\\|"))
                .forEach(cells -> rows.put(quoted(cells[1]).getFirst(), quoted(cells[3])));
        return rows;
    }

    private static List<String> quoted(String cell) {
        return Pattern.compile("`([^`]+)`")
                .matcher(cell)
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    private static boolean namesItsInterfaces(ApplicationModule module) {
        return module.getNamedInterfaces().hasExplicitInterfaces();
    }

    private static String describe(ApplicationModuleDependency dependency) {
        return dependency.getSourceType().getName() + " -> "
                + dependency.getTargetType().getName();
    }
}
