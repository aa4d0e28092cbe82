package id.redaksi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The demo's word lists and sentence templates, kept in a text file so that the Indonesian can be read and
 * improved without touching code. The format is described at the top of {@code demo/texts.txt}.
 */
final class TextBank {

    static final String RESOURCE = "/demo/texts.txt";

    private static final Pattern HEADER = Pattern.compile("\\[([a-z]+)(?: ([a-z0-9-]+))?]");
    private static final Pattern ENTRY = Pattern.compile("([a-z_]+):\\s*(.*)");

    private final List<Section> sections;

    private TextBank(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    static TextBank load() {
        try (InputStream in = TextBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TextBank parse(List<String> lines) {
        var sections = new ArrayList<Section>();
        Map<String, List<String>> entries = null;
        List<String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var header = HEADER.matcher(line);
            var entry = ENTRY.matcher(line);
            if (header.matches()) {
                entries = new LinkedHashMap<>();
                current = null;
                sections.add(new Section(header.group(1), header.group(2), entries));
            } else if (Character.isWhitespace(line.charAt(0)) && current != null) {
                current.add(line.strip());
            } else if (entry.matches() && entries != null) {
                current = entries.computeIfAbsent(entry.group(1), k -> new ArrayList<>());
                if (!entry.group(2).isEmpty()) {
                    current.addAll(List.of(entry.group(2).split(" \\| ")));
                }
            } else {
                throw new IllegalArgumentException("%s line %d: cannot read \"%s\"".formatted(RESOURCE, i + 1, line));
            }
        }
        return new TextBank(sections);
    }

    Section common() {
        return sections.stream()
                .filter(s -> s.kind().equals("umum"))
                .findFirst()
                .orElseThrow();
    }

    Section site(String slug) {
        return sections.stream()
                .filter(s -> s.kind().equals("situs") && slug.equals(s.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no [situs " + slug + "] in " + RESOURCE));
    }

    /** The kinds of story a rubric can carry, in file order; none for a rubric the file does not know. */
    List<Section> stories(String rubricSlug) {
        return sections.stream()
                .filter(s -> s.kind().equals("cerita") && rubricSlug.equals(s.name()))
                .toList();
    }

    /** One bracketed part of the file, such as {@code [situs malang]}: its lists by name. */
    record Section(String kind, String name, Map<String, List<String>> entries) {

        List<String> get(String key) {
            return entries.getOrDefault(key, List.of());
        }
    }

    /**
     * Where one article looks words up: its story first, then its site, then the common lists.
     * A list written {@code -} is empty and ends the search; one written {@code =other} is the list {@code other}.
     */
    record Scope(List<Section> sections) {

        static Scope of(Section... sections) {
            return new Scope(List.of(sections));
        }

        List<String> values(String key) {
            for (var section : sections) {
                var values = section.get(key);
                if (values.equals(List.of("-"))) {
                    return List.of();
                }
                if (values.size() == 1 && values.getFirst().startsWith("=")) {
                    return values(values.getFirst().substring(1));
                }
                if (!values.isEmpty()) {
                    return values;
                }
            }
            return List.of();
        }
    }
}
