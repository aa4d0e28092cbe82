package id.redaksi.readership;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The periods most-read lists cover, with the names the public address uses ({@code ?periode=7hari}). */
public enum Window {
    DAY("24jam", Duration.ofHours(24)),
    WEEK("7hari", Duration.ofDays(7)),
    MONTH("30hari", Duration.ofDays(30));

    private final String param;
    private final Duration length;

    Window(String param, Duration length) {
        this.param = param;
        this.length = length;
    }

    public String param() {
        return param;
    }

    long hours() {
        return length.toHours();
    }

    public static Optional<Window> ofParam(String param) {
        return Arrays.stream(values()).filter(w -> w.param.equals(param)).findFirst();
    }
}
