package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.AdvisoryLocks;
import id.redaksi.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Expired logins are deleted by one node at a time: a node that finds another at it skips that minute. */
@PortalTest
class ExpiredSessionsIntegrationTests {

    @Autowired
    ExpiredSessions expired;

    @Autowired
    AdvisoryLocks locks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void whileAnotherNodeCleansUpThisOneSkipsAndAfterwardsItDeletesTheExpired() throws Exception {
        jdbc.sql("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time)
                        values ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000e2',
                                0, 0, 1800, 1800000)
                        """).update();

        // another node holds the lock in its transaction, on a thread (and connection) of its own
        var held = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var otherNode = Thread.ofPlatform()
                .start(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    assertThat(locks.tryLockForTransaction(ExpiredSessions.LOCK))
                            .isTrue();
                    held.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        held.await();
        boolean skipped = !expired.cleanUp();
        long leftWhileHeld = count();
        release.countDown();
        otherNode.join();

        assertThat(skipped).isTrue();
        assertThat(leftWhileHeld).isEqualTo(1);
        assertThat(expired.cleanUp()).isTrue();
        assertThat(count()).isZero();
    }

    private long count() {
        return jdbc.sql("select count(*) from spring_session where primary_id = '00000000-0000-0000-0000-0000000000e1'")
                .query(Long.class)
                .single();
    }
}
