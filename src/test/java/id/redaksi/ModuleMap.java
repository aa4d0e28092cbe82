package id.redaksi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Modulith's module documentation, written so that it changes only when the modules do: the component diagram of all
 * modules, one diagram per module and its canvas (beans, bean references, events). The {@link Documenter} lists
 * relations and events in hash order, which differs from one run to the next, so each run of such lines is sorted
 * afterwards; neither PlantUML nor AsciiDoc gives their order a meaning.
 */
final class ModuleMap {

    private ModuleMap() {}

    static void draw(ApplicationModules modules, Path folder) {
        new Documenter(modules, Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(ModuleMap::stabilise);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stabilise(Path file) {
        try {
            Files.writeString(file, String.join("\n", stable(Files.readAllLines(file))) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines with each run of relations, components or list items in one table cell sorted. */
    static List<String> stable(List<String> lines) {
        var out = new ArrayList<String>();
        var run = new ArrayList<String>();
        String runKind = null;
        for (var raw : lines) {
            var line = raw.stripTrailing();
            var kind = kindOf(line);
            if (kind == null || !kind.equals(runKind) || line.startsWith("|")) {
                out.addAll(sorted(run));
                run.clear();
                runKind = kind;
            }
            (kind == null ? out : run).add(line);
        }
        out.addAll(sorted(run));
        return out;
    }

    private static String kindOf(String line) {
        if (line.startsWith("Rel(")) {
            return "relation";
        }
        if (line.strip().startsWith("Component(")) {
            return "component";
        }
        return line.startsWith("* ") || line.startsWith("|* ") ? "item" : null;
    }

    /** A list that opens a table cell keeps the cell's bar on its first line, whichever item comes first. */
    private static List<String> sorted(List<String> run) {
        if (run.isEmpty()) {
            return run;
        }
        var opensCell = run.getFirst().startsWith("|");
        var items = new ArrayList<String>(run.stream()
                .map(line -> opensCell ? line.replaceFirst("^\\|", "") : line)
                .sorted()
                .toList());
        if (opensCell) {
            items.set(0, "|" + items.getFirst());
        }
        return items;
    }
}
