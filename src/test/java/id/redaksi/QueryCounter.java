package id.redaksi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the portal prepares, so tests can hold a page to a fixed number of queries.
 * Tests run one at a time, so a global count read around one request is that request's, once the node's own
 * background work is left out: the scheduled jobs (the read-count flush, the scheduled publisher), the threads
 * that read published ids or listen for purges, and the notifications a newsroom step sends after its commit on
 * Spring's task executor ({@code task-}) would otherwise land in a request's count now and then.
 */
@TestComponent
public class QueryCounter implements BeanPostProcessor {

    private static final Pattern BACKGROUND =
            Pattern.compile("scheduling-.*|published-articles|page-purge-listener|task-.*");

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();

    public long count() {
        return statements.get();
    }

    /** How many statements running {@code action} prepares. */
    public long during(Runnable action) {
        long before = statements.get();
        action.run();
        return statements.get() - before;
    }

    /** How many connections running {@code action} takes from the pool, one after another or side by side. */
    public long connectionsDuring(Runnable action) {
        long before = connections.get();
        action.run();
        return connections.get() - before;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
            return proxy(
                    DataSource.class,
                    dataSource,
                    (result, method) -> method.equals("getConnection")
                            ? proxy(Connection.class, taken((Connection) result), this::counted)
                            : result);
        }
        return bean;
    }

    private Connection taken(Connection connection) {
        if (!BACKGROUND.matcher(Thread.currentThread().getName()).matches()) {
            connections.incrementAndGet();
        }
        return connection;
    }

    private Object counted(Object result, String method) {
        if (BACKGROUND.matcher(Thread.currentThread().getName()).matches()) {
            return result;
        }
        if (method.equals("prepareStatement") || method.equals("createStatement") || method.equals("prepareCall")) {
            statements.incrementAndGet();
        }
        return result;
    }

    @FunctionalInterface
    private interface After {
        Object apply(Object result, String method);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return after.apply(method.invoke(target, args), method.getName());
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
