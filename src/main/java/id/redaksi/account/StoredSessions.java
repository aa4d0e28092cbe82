package id.redaksi.account;

import id.redaksi.DatabaseBreaker;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The newsroom's sessions as Spring Session keeps them in PostgreSQL, as the session filter in front of every request
 * sees them. While the database is out of reach a session can be neither read nor stored; the filter would turn that
 * into an error on any request carrying a session cookie, so a reader with an old cookie would lose the kept page and
 * the login page its 503 answer. Here a session that cannot be read counts as none (the newsroom asks to log in
 * again) and one that cannot be stored is dropped; any other failure stays an error.
 */
final class StoredSessions implements FindByIndexNameSessionRepository<Session> {

    private static final Logger log = LoggerFactory.getLogger(StoredSessions.class);

    private final FindByIndexNameSessionRepository<Session> sessions;

    @SuppressWarnings("unchecked")
    StoredSessions(JdbcIndexedSessionRepository jdbc) {
        // its session type is package-private; every session it is handed back is one it made
        this.sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
    }

    /** Puts this class in the place of Spring Boot's repository, wherever that is wired. */
    @Component
    static class Wrapping implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof JdbcIndexedSessionRepository jdbc ? new StoredSessions(jdbc) : bean;
        }
    }

    @Override
    public Session createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(Session session) {
        unlessUnreachable(
                () -> {
                    sessions.save(session);
                    return null;
                },
                null);
    }

    @Override
    public Session findById(String id) {
        return unlessUnreachable(() -> sessions.findById(id), null);
    }

    @Override
    public void deleteById(String id) {
        unlessUnreachable(
                () -> {
                    sessions.deleteById(id);
                    return null;
                },
                null);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return unlessUnreachable(() -> sessions.findByIndexNameAndIndexValue(indexName, indexValue), Map.of());
    }

    private static <T> T unlessUnreachable(Supplier<T> action, T otherwise) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (!DatabaseBreaker.unreachable(e)) {
                throw e;
            }
            log.debug("Sessions out of reach: {}", e.toString());
            return otherwise;
        }
    }
}
