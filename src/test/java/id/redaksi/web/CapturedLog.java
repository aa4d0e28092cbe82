package id.redaksi.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the portal logs while a test runs, from the root logger down. Lines written while answering requests are
 * told apart by the thread (Tomcat's request threads), so a warning some background task logs meanwhile does not
 * count against the requests.
 */
final class CapturedLog implements AutoCloseable {

    private static final String REQUEST_THREAD = "tomcat-handler-";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLog() {
        appender.start();
        root.addAppender(appender);
    }

    /** Every ERROR, and every WARN written while answering a request: bad input deserves neither. */
    List<String> complaints() {
        synchronized (appender.list) {
            return appender.list.stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)
                            || (e.getLevel().isGreaterOrEqual(Level.WARN)
                                    && e.getThreadName().startsWith(REQUEST_THREAD)))
                    .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage())
                    .toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
