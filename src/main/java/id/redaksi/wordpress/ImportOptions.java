package id.redaksi.wordpress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one import runs: the site it fills and what the operator decided.
 *
 * @param uploads a copy of the old site's {@code wp-content/uploads}, or null to download pictures instead
 * @param rubricByCategory a WordPress category's slug (nicename) to the rubric's slug
 * @param defaultRubric the rubric's slug for a post of no mapped category, or null for the site's first rubric
 * @param overwrite replace stories edited in the newsroom since they were imported
 * @param editorField the custom field naming a post's editor (a login or a display name)
 * @param download whether pictures missing from {@code uploads} are fetched from their address on the old site
 * @param permalinks the old site's permalink structures ({@link Permalink}), each giving every post one more address
 */
record ImportOptions(
        String siteSlug,
        Path uploads,
        Map<String, String> rubricByCategory,
        String defaultRubric,
        boolean overwrite,
        String editorField,
        boolean download,
        List<String> permalinks) {

    static final String EDITOR_FIELD = "editor";

    ImportOptions {
        rubricByCategory = Map.copyOf(rubricByCategory);
        editorField = editorField == null || editorField.isBlank() ? EDITOR_FIELD : editorField;
        permalinks = List.copyOf(permalinks);
        permalinks.forEach(Permalink::of);
    }

    static ImportOptions of(String siteSlug) {
        return new ImportOptions(siteSlug, null, Map.of(), null, false, EDITOR_FIELD, true, List.of());
    }

    ImportOptions uploads(Path uploads) {
        return new ImportOptions(
                siteSlug, uploads, rubricByCategory, defaultRubric, overwrite, editorField, download, permalinks);
    }

    ImportOptions rubric(String category, String rubric) {
        var map = new TreeMap<>(rubricByCategory);
        map.put(category, rubric);
        return new ImportOptions(siteSlug, uploads, map, defaultRubric, overwrite, editorField, download, permalinks);
    }

    ImportOptions defaultRubric(String rubric) {
        return new ImportOptions(
                siteSlug, uploads, rubricByCategory, rubric, overwrite, editorField, download, permalinks);
    }

    ImportOptions overwrite(boolean overwrite) {
        return new ImportOptions(
                siteSlug, uploads, rubricByCategory, defaultRubric, overwrite, editorField, download, permalinks);
    }

    ImportOptions editorField(String field) {
        return new ImportOptions(
                siteSlug, uploads, rubricByCategory, defaultRubric, overwrite, field, download, permalinks);
    }

    ImportOptions download(boolean download) {
        return new ImportOptions(
                siteSlug, uploads, rubricByCategory, defaultRubric, overwrite, editorField, download, permalinks);
    }

    /** Adds a permalink structure of the old site, such as {@code /berita/%post_id%-%postname%.html}. */
    ImportOptions permalink(String pattern) {
        var all = new ArrayList<>(permalinks);
        all.add(pattern);
        return new ImportOptions(
                siteSlug, uploads, rubricByCategory, defaultRubric, overwrite, editorField, download, all);
    }

    /** What of the options shapes a post: a second run with other mappings updates the posts they change. */
    String fingerprint() {
        return new TreeMap<>(rubricByCategory) + "|" + defaultRubric + "|" + editorField;
    }
}
