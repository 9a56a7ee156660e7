package dev.ordino.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.FieldProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a channel's integration settings, without Spring. */
class ChannelIntegrationsTests {

    private static final UUID SHIPSTATION = UUID.randomUUID();
    private static final UUID QUICKBOOKS = UUID.randomUUID();

    private static final IntegrationDirectory DIRECTORY = new IntegrationDirectory() {
        @Override
        public Optional<Choice> find(UUID id) {
            return choices().stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public List<Choice> choices() {
            return List.of(
                    new Choice(
                            SHIPSTATION,
                            "ShipStation",
                            "SHIPSTATION",
                            true,
                            false,
                            Set.of("customField1", "customField2", "customField3")),
                    new Choice(QUICKBOOKS, "QuickBooks", "QUICKBOOKS", false, true, Set.of()));
        }
    };

    private static Channel channel(OrderPush push, List<FieldMapping> mappings, Invoicing invoicing) {
        var now = Instant.now();
        return new Channel(
                UUID.randomUUID(),
                "wholesale",
                "Wholesale",
                null,
                List.of(),
                true,
                Workflow.DIRECT,
                false,
                null,
                null,
                false,
                null,
                null,
                false,
                null,
                false,
                true,
                true,
                push,
                mappings,
                invoicing,
                false,
                1,
                now,
                now);
    }

    private static List<String> pointers(Channel channel) {
        return ChannelIntegrations.problemsOf(channel, DIRECTORY).stream()
                .map(FieldProblem::pointer)
                .toList();
    }

    @Test
    void ordersArePushedOnlyToAnIntegrationThatTakesOrders() {
        assertThat(pointers(channel(new OrderPush(SHIPSTATION, 15, true), List.of(), null)))
                .isEmpty();
        assertThat(pointers(channel(new OrderPush(QUICKBOOKS, null, false), List.of(), null)))
                .containsExactly("/orderPush/integrationId");
        assertThat(pointers(channel(new OrderPush(UUID.randomUUID(), null, false), List.of(), null)))
                .containsExactly("/orderPush/integrationId");
    }

    @Test
    void invoicesAreBookedOnlyAtAnIntegrationThatTakesInvoices() {
        var toShipStation = new Invoicing(Invoicing.Timing.ON_ORDER, null, SHIPSTATION);
        assertThat(pointers(channel(null, List.of(), toShipStation)))
                .containsExactly("/invoicing/accountingIntegrationId");
        var toQuickBooks = new Invoicing(Invoicing.Timing.ON_SHIPMENT, Invoicing.Flow.ORDER_FIRST, QUICKBOOKS);
        assertThat(pointers(channel(null, List.of(), toQuickBooks))).isEmpty();
    }

    @Test
    void invoiceFirstInvoicesAsTheOrderIsPlaced() {
        var onShipment = new Invoicing(Invoicing.Timing.ON_SHIPMENT, Invoicing.Flow.INVOICE_FIRST, null);
        assertThat(pointers(channel(null, List.of(), onShipment))).containsExactly("/invoicing/timing");
        var onOrder = new Invoicing(Invoicing.Timing.ON_ORDER, Invoicing.Flow.INVOICE_FIRST, null);
        assertThat(onOrder.invoicesOnPlacement()).isTrue();
        assertThat(onOrder.pushesAfterInvoice()).isTrue();
        assertThat(new Invoicing(Invoicing.Timing.ON_SHIPMENT, null, null).invoicesOnShipment())
                .isTrue();
    }

    @Test
    void aMappingReadsAFieldOfThePushedOrderIntoAFieldTheIntegrationKnowsOnce() {
        var push = new OrderPush(SHIPSTATION, null, false);
        assertThat(pointers(channel(
                        push,
                        List.of(
                                new FieldMapping("/referenceId", "customField1"),
                                new FieldMapping("/shippingAddress/postalCode", "customField2"),
                                new FieldMapping("/details/shipping~1type", "customField3")),
                        null)))
                .isEmpty();
        assertThat(pointers(channel(
                        push,
                        List.of(
                                new FieldMapping("referenceId", "customField1"),
                                new FieldMapping("/colour", "customField2"),
                                new FieldMapping("/notes", "customField1"),
                                new FieldMapping("/notes", "shipping_notes"),
                                new FieldMapping("/bad~2escape", "customField3")),
                        null)))
                .containsExactly(
                        "/fieldMappings/0/source",
                        "/fieldMappings/1/source",
                        "/fieldMappings/2/target",
                        "/fieldMappings/3/target",
                        "/fieldMappings/4/source");
    }

    @Test
    void aWmsTakesAnyFieldName() {
        var directory = new IntegrationDirectory() {
            @Override
            public Optional<Choice> find(UUID id) {
                return Optional.of(new Choice(id, "3PL", "WMS_HTTP", true, false, Set.of()));
            }

            @Override
            public List<Choice> choices() {
                return List.of();
            }
        };
        var channel = channel(
                new OrderPush(UUID.randomUUID(), null, false),
                List.of(new FieldMapping("/details/shippingNotes", "shipping_notes")),
                null);
        assertThat(ChannelIntegrations.problemsOf(channel, directory)).isEmpty();
    }
}
