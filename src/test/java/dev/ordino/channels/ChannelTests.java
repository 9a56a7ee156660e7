package dev.ordino.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may start an order in a channel: staff in any, a buyer only in one open to buyers. */
class ChannelTests {

    private static final Actor CLERK = new Actor("clerk", "Clerk", null, Set.of("orders:write"));
    private static final Actor BUYER = new Actor("buyer", "Buyer", UUID.randomUUID(), Set.of("orders:write"));

    private static Channel channel(boolean internal, boolean openToBuyers) {
        var now = Instant.now();
        return new Channel(
                UUID.randomUUID(),
                "wholesale",
                "Wholesale",
                null,
                List.of(),
                internal,
                Workflow.DIRECT,
                false,
                null,
                null,
                false,
                null,
                null,
                false,
                null,
                openToBuyers,
                true,
                true,
                null,
                List.of(),
                null,
                false,
                1,
                now,
                now);
    }

    @Test
    void staffStartOrdersInEveryChannel() {
        assertThat(channel(true, false).opensTo(CLERK)).isTrue();
        assertThat(channel(false, false).opensTo(CLERK)).isTrue();
        assertThat(channel(false, true).opensTo(Actor.SYSTEM)).isTrue();
    }

    @Test
    void aBuyerStartsOrdersOnlyInAChannelOpenToBuyers() {
        assertThat(channel(false, true).opensTo(BUYER)).isTrue();
        assertThat(channel(true, true).opensTo(BUYER)).isTrue();
        assertThat(channel(false, false).opensTo(BUYER)).isFalse();
        assertThat(channel(true, false).opensTo(BUYER)).isFalse();
    }

    @Test
    void anInternalChannelIsClosedToBuyersUnlessStaffSayOtherwise() {
        assertThat(Channel.openToBuyersByDefault(true)).isFalse();
        assertThat(Channel.openToBuyersByDefault(false)).isTrue();
    }
}
