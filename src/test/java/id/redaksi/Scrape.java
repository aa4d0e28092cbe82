package id.redaksi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** What {@code /actuator/prometheus} says, as a scraper with the test's token reads it. */
public record Scrape(String text) {

    /** The token application-test.properties gives redaksi.metrics.token. */
    public static final String TOKEN = "test-scraper-token-0123456789abcdef";

    public static Scrape of(Browser browser) {
        var page = browser.get("localhost", "/actuator/prometheus", "Authorization", "Bearer " + TOKEN);
        assertThat(page.status()).isEqualTo(200);
        return new Scrape(page.body());
    }

    /** The value of one series, named as Prometheus shows it with its labels ({@code a_total{b="c"}}); 0 if absent. */
    public double value(String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    public boolean has(String series) {
        return Pattern.compile("^" + Pattern.quote(series) + " ", Pattern.MULTILINE)
                .matcher(text)
                .find();
    }
}
