package id.redaksi.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar redaksi.jar import-wordpress --site malang export.xml [--uploads DIR] [--rubric cat=rubric ...]
 * [--rubrics FILE] [--default-rubric R] [--editor-field NAME] [--permalink PATTERN ...] [--no-download]
 * [--overwrite]}: imports a WordPress
 * export into a site and exits, 0 when every post was imported, 1 otherwise (README, "Moving in from WordPress").
 */
@Component
public final class WordPressImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WordPressImportCommand.class);

    /** The command's name on the command line; {@code RedaksiApplication} starts it on a free port. */
    public static final String NAME = "import-wordpress";

    private final ConfigurableApplicationContext context;
    private final WordPressImport engine;

    WordPressImportCommand(ConfigurableApplicationContext context, WordPressImport engine) {
        this.context = context;
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        var given = List.of(args.getSourceArgs());
        if (!given.contains(NAME)) {
            return;
        }
        int status = run(given);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Runs the command on these arguments and returns its exit status. */
    int run(List<String> given) {
        try {
            var command = CommandLine.parse(given);
            var report = engine.run(command.export(), command.options(), log::info);
            return report.get("posts failed") == 0 ? 0 : 1;
        } catch (ExportUnreadable | ImportRefused | IllegalArgumentException e) {
            log.error("{}: {}", NAME, e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            log.error("{} stopped: {}", NAME, e.toString(), e);
            return 1;
        }
    }

    /** The command's own arguments; Spring's ({@code --server.port=0}) are left to Spring. */
    record CommandLine(Path export, ImportOptions options) {

        static CommandLine parse(List<String> args) {
            String site = null;
            Path export = null;
            var options = ImportOptions.of("");
            for (int i = 0; i < args.size(); i++) {
                var arg = args.get(i);
                var name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
                var inline = arg.contains("=") && arg.startsWith("--") ? arg.substring(arg.indexOf('=') + 1) : null;
                switch (name) {
                    case NAME -> {}
                    case "--site" -> site = inline != null ? inline : value(args, ++i, name);
                    case "--uploads" ->
                        options = options.uploads(Path.of(inline != null ? inline : value(args, ++i, name)));
                    case "--rubric" -> options = mapping(options, inline != null ? inline : value(args, ++i, name));
                    case "--rubrics" ->
                        options = mappings(options, Path.of(inline != null ? inline : value(args, ++i, name)));
                    case "--default-rubric" ->
                        options = options.defaultRubric(inline != null ? inline : value(args, ++i, name));
                    case "--editor-field" ->
                        options = options.editorField(inline != null ? inline : value(args, ++i, name));
                    case "--permalink" -> options = options.permalink(inline != null ? inline : value(args, ++i, name));
                    case "--overwrite" -> options = options.overwrite(true);
                    case "--no-download" -> options = options.download(false);
                    default -> {
                        if (!arg.startsWith("--")) {
                            export = Path.of(arg);
                        }
                    }
                }
            }
            if (site == null || export == null) {
                throw new IllegalArgumentException("usage: " + NAME + " --site SLUG export.xml [--uploads DIR] "
                        + "[--rubric category=rubric ...] [--rubrics FILE] [--default-rubric R] "
                        + "[--editor-field NAME] [--permalink PATTERN ...] [--no-download] [--overwrite]");
            }
            return new CommandLine(
                    export,
                    new ImportOptions(
                            site,
                            options.uploads(),
                            options.rubricByCategory(),
                            options.defaultRubric(),
                            options.overwrite(),
                            options.editorField(),
                            options.download(),
                            options.permalinks()));
        }

        private static String value(List<String> args, int i, String name) {
            if (i >= args.size() || args.get(i).startsWith("--")) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args.get(i);
        }

        private static ImportOptions mapping(ImportOptions options, String pair) {
            var parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("--rubric takes category=rubric, not '" + pair + "'");
            }
            return options.rubric(parts[0].strip(), parts[1].strip());
        }

        /** A small file of {@code category=rubric} lines; {@code #} starts a comment. */
        private static ImportOptions mappings(ImportOptions options, Path file) {
            try {
                for (var line : Files.readAllLines(file)) {
                    var text = line.replaceFirst("#.*$", "").strip();
                    if (!text.isEmpty()) {
                        options = mapping(options, text);
                    }
                }
                return options;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
