package id.redaksi.wordpress;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** What one import did and what it could not carry over, counted as it goes and told at the end. */
final class ImportReport {

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Set<String> unmappedCategories = new TreeSet<>();
    private final Set<String> shortcodes = new TreeSet<>();
    private final Set<String> problems = new ConcurrentSkipListSet<>();

    /** Problems kept word for word; beyond this many only counted, so a huge export cannot fill the memory. */
    private static final int KEPT_PROBLEMS = 200;

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    int get(String what) {
        return counts.getOrDefault(what, 0);
    }

    void unmappedCategory(String category) {
        unmappedCategories.add(category);
    }

    void shortcode(String name) {
        shortcodes.add(name);
    }

    void problem(String problem) {
        count("problems");
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    Set<String> unmappedCategories() {
        return Set.copyOf(unmappedCategories);
    }

    Set<String> shortcodes() {
        return Set.copyOf(shortcodes);
    }

    Set<String> problems() {
        return Set.copyOf(problems);
    }

    /** The summary an operator reads at the end, one line per fact. */
    String summary() {
        var out = new StringBuilder("WordPress import finished: ").append(counts);
        if (!unmappedCategories.isEmpty()) {
            out.append("\n  categories without a rubric (went to the default rubric): ")
                    .append(unmappedCategories);
        }
        if (!shortcodes.isEmpty()) {
            out.append("\n  shortcodes removed: ").append(shortcodes);
        }
        problems.forEach(p -> out.append("\n  ").append(p));
        if (get("problems") > problems.size()) {
            out.append("\n  ... and ").append(get("problems") - problems.size()).append(" more problems");
        }
        return out.toString();
    }
}
