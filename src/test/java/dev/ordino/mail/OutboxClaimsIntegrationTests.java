package dev.ordino.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.mail.internal.Emails;
import dev.ordino.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several instances send the outbox at once, and each e-mail is taken by one of them: a row another instance is
 * taking is skipped, and a taken row is not due again until its lease ends.
 */
class OutboxClaimsIntegrationTests extends IntegrationTest {

    @Autowired
    private MailManagement mail;

    @Autowired
    private Emails emails;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private List<UUID> queue(int count) {
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < count; i++) {
            ids.add(new TransactionTemplate(transactionManager)
                    .execute(status -> mail.queue(OutgoingEmail.text(
                            "claims@example.com", "Claim " + UUID.randomUUID(), "t", "TEST", null))));
        }
        return ids;
    }

    @Test
    void twoInstancesClaimingAtOnceNeverTakeTheSameEmail() throws Exception {
        var mine = queue(6);
        var now = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MICROS);
        var lease = now.plus(Duration.ofMinutes(5));
        var firstHolds = new CountDownLatch(1);
        var secondDone = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactionManager).execute(status -> {
            var claimed = emails.claimDue(now, lease, 3);
            firstHolds.countDown();
            await(secondDone);
            return claimed;
        }));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
        var second = new TransactionTemplate(transactionManager).execute(status -> emails.claimDue(now, lease, 10_000));
        secondDone.countDown();
        var firstClaimed = first.get(10, TimeUnit.SECONDS);

        assertThat(firstClaimed).hasSize(3);
        assertThat(java.util.Collections.disjoint(firstClaimed, second)).isTrue();
        // what neither took (H2 may skip more rows than the first locked; PostgreSQL skips only those) is still due
        var rest = new TransactionTemplate(transactionManager).execute(status -> emails.claimDue(now, lease, 10_000));
        assertThat(java.util.Collections.disjoint(rest, firstClaimed)).isTrue();
        assertThat(java.util.Collections.disjoint(rest, second)).isTrue();
        var all = new HashSet<UUID>(firstClaimed);
        all.addAll(second);
        all.addAll(rest);
        assertThat(all).containsAll(mine);
        // leased: nobody takes them again before the lease ends
        var again = new TransactionTemplate(transactionManager).execute(status -> emails.claimDue(now, lease, 10_000));
        assertThat(java.util.Collections.disjoint(again, mine)).isTrue();
        var afterLease = new TransactionTemplate(transactionManager)
                .execute(status -> emails.claim(mine.get(0), lease, lease.plusSeconds(60)));
        assertThat(afterLease).contains(mine.get(0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
