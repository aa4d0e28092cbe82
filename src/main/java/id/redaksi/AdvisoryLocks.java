package id.redaksi;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** PostgreSQL advisory locks, for work that only one node of the cluster may do at a time. */
@Component
public class AdvisoryLocks {

    private final JdbcClient jdbc;

    AdvisoryLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the named lock unless another transaction holds it. The lock lasts until the current transaction
     * ends, which is why there must be one: outside a transaction it would be released at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryLockForTransaction(String name) {
        return jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", key(name))
                .query(Boolean.class)
                .single();
    }

    /** The lock's number. {@link String#hashCode()} is specified, so every node computes the same one. */
    public static long key(String name) {
        return name.hashCode();
    }
}
