package id.redaksi.account;

import id.redaksi.AdvisoryLocks;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes expired logins once a minute, on one node at a time. Spring Session's own clean-up (turned off with
 * {@code spring.session.jdbc.cleanup-cron=-}) runs on every node at second zero, and two bulk deletes of the same
 * rows, each cascading to the attributes, are what its maintainers name as a source of deadlocks
 * (spring-session#1739): here the node that gets the advisory lock deletes and the others skip that minute. The
 * statement is Spring Session's own; the table is ours (V72).
 */
@Component
class ExpiredSessions {

    static final String LOCK = "redaksi.expired-sessions";

    private final JdbcClient jdbc;
    private final AdvisoryLocks locks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ExpiredSessions(JdbcClient jdbc, AdvisoryLocks locks, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${redaksi.session.cleanup-cron:0 * * * * *}")
    void run() {
        cleanUp();
    }

    /** Whether this node deleted this time; false when another node held the lock. */
    boolean cleanUp() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!locks.tryLockForTransaction(LOCK)) {
                return false;
            }
            jdbc.sql("delete from spring_session where expiry_time < :now")
                    .param("now", clock.millis())
                    .update();
            return true;
        }));
    }
}
