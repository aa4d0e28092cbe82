package id.redaksi.api;

import id.redaksi.readership.Window;
import java.util.List;
import java.util.Map;

/**
 * The most-read articles of a site or one of its rubrics over a period, most read first.
 *
 * @param period {@code 24h} (the current hour and the 23 before it), {@code 7d} or {@code 30d}
 * @param rubric the rubric's slug, or null for the whole site
 */
record MostReadList(String period, String rubric, List<ArticleSummary> items) {

    static final String DAY = "24h";

    private static final Map<String, Window> PERIODS = Map.of(DAY, Window.DAY, "7d", Window.WEEK, "30d", Window.MONTH);

    static Window window(String period, List<Problem.FieldError> errors) {
        if (period == null || period.isEmpty()) {
            return Window.DAY;
        }
        var window = PERIODS.get(period);
        if (window == null) {
            errors.add(new Problem.FieldError("period", "must be 24h, 7d or 30d"));
            return Window.DAY;
        }
        return window;
    }
}
