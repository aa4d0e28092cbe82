package id.redaksi.readership;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The periods most-read lists cover, with the names the public address uses ({@code ?periode=7hari}). */
public enum Window {
    DAY("24jam", "24 Jam", Duration.ofHours(24)),
    WEEK("7hari", "7 Hari", Duration.ofDays(7)),
    MONTH("30hari", "30 Hari", Duration.ofDays(30));

    private final String param;
    private final String label;
    private final Duration length;

    Window(String param, String label, Duration length) {
        this.param = param;
        this.label = label;
        this.length = length;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    long hours() {
        return length.toHours();
    }

    public static Optional<Window> ofParam(String param) {
        return Arrays.stream(values()).filter(w -> w.param.equals(param)).findFirst();
    }
}
