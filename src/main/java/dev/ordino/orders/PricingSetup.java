package dev.ordino.orders;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.customers.Customer;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.pricing.PricingInput.TaxRate;
import dev.ordino.promotions.PromotionManagement;
import dev.ordino.shared.Address;
import dev.ordino.shipping.Shipment;
import dev.ordino.shipping.ShippingManagement;
import dev.ordino.taxes.TaxManagement;
import dev.ordino.taxes.TaxRates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Brings a draft in line with the store's setup before it is stored: the catalog price of each line for its
 * quantity and the customer's or channel's price list, the tax rates of its destination, the channel's tax
 * and deposit policy, the customer's exemption, and the price of its shipping method. Once the order leaves
 * the draft, it keeps what it had. Also counts the uses of its promotions (see {@link #countUses}).
 */
@Component
class PricingSetup {

    private final CatalogManagement catalog;
    private final CustomerManagement customers;
    private final ChannelManagement channels;
    private final TaxManagement taxes;
    private final ShippingManagement shipping;
    private final PromotionManagement promotions;

    PricingSetup(
            CatalogManagement catalog,
            CustomerManagement customers,
            ChannelManagement channels,
            TaxManagement taxes,
            ShippingManagement shipping,
            PromotionManagement promotions) {
        this.catalog = catalog;
        this.customers = customers;
        this.channels = channels;
        this.taxes = taxes;
        this.shipping = shipping;
        this.promotions = promotions;
    }

    void refresh(Order order) {
        if (!order.status().followsSetup()) {
            return;
        }
        var channel = channelOf(order);
        var customer = customerOf(order);
        refreshLinePrices(order, channel, customer);
        var destination = destination(order);
        var rates = destination == null ? TaxRates.NONE : taxes.ratesFor(destination.country(), destination.region());
        var exemption = customer.filter(Customer::taxExempt)
                .map(c -> c.taxExemptionNumber() == null
                        ? "exempt customer"
                        : "exempt customer, " + c.taxExemptionNumber())
                .orElse(null);
        var pricing = order.pricing()
                .withSetup(
                        channel.pricesIncludeTax(),
                        rates.zoneName(),
                        rates.rates().stream()
                                .map(r -> new TaxRate(r.taxClass(), r.name(), r.percentage()))
                                .toList(),
                        exemption,
                        channel.depositPercent());
        order.editCharges().followSetup(pricing);
        refreshShippingPrice(order);
    }

    /** The price list the order's catalog lines sell from: the customer's, else the channel's. */
    UUID priceListId(Order order) {
        return priceListId(channelOf(order), customerOf(order));
    }

    /** The order's channel, the default one if it is gone. */
    private Channel channelOf(Order order) {
        return channels.find(order.channelId()).orElseGet(channels::defaultChannel);
    }

    /** The order's customer as the customers module knows it now. */
    private Optional<Customer> customerOf(Order order) {
        return order.customer() == null
                ? Optional.empty()
                : customers.find(order.customer().id());
    }

    private static UUID priceListId(Channel channel, Optional<Customer> customer) {
        return customer.map(Customer::priceListId).orElse(channel.priceListId());
    }

    /** Catalog lines sell at the price for their quantity from the customer's, else the channel's, price list. */
    private void refreshLinePrices(Order order, Channel channel, Optional<Customer> customer) {
        var priceListId = priceListId(channel, customer);
        for (var line : order.lines()) {
            if (line.isCustom() || line.isRental() || line.productId() == null) {
                continue;
            }
            var quote =
                    catalog.quote(line.productId(), line.variantId(), order.currency(), line.quantity(), priceListId);
            if (quote.isPresent()
                    && (!quote.get().unitPrice().equals(line.unitPrice())
                            || !quote.get().source().equals(line.pricing().priceSource()))) {
                order.editLines()
                        .changeCatalogPrice(
                                line.id(), quote.get().unitPrice(), quote.get().source());
            }
        }
    }

    /** A method's price follows its rate table; a method that can no longer send the order is taken off it. */
    private void refreshShippingPrice(Order order) {
        var choice = order.pricing().shipping();
        if (choice == null || choice.isCustom()) {
            return;
        }
        var shipment = shipment(order);
        var rate = shipment.flatMap(s -> shipping.rateFor(choice.methodId(), s));
        if (rate.isEmpty()) {
            order.editCharges().chooseShipping(null);
        } else if (!rate.get().price().equals(choice.price())) {
            order.editCharges()
                    .followSetup(order.pricing()
                            .withShipping(choice.withPrice(rate.get().price())));
        }
    }

    /**
     * What would be sent: to the shipping address (else the first delivery location), the items' weight (or
     * the parcel's), the items' value after discounts.
     */
    Optional<Shipment> shipment(Order order) {
        var to = deliveredTo(order);
        if (to == null) {
            return Optional.empty();
        }
        int weight = 0;
        for (var line : order.lines()) {
            if (line.weightGrams() != null) {
                weight += line.weightGrams() * line.quantity();
            }
        }
        var priced = order.priced();
        var itemsValue = priced.subtotal().minus(priced.discounts());
        return Optional.of(new Shipment(
                to.country(), order.currency(), weight, order.pricing().parcel(), itemsValue));
    }

    /** Where the order is taxed: where it goes, else its billing address. */
    private static Address destination(Order order) {
        var to = deliveredTo(order);
        return to != null ? to : order.billingAddress();
    }

    /** The shipping address, else the first delivery location of a line split across locations. */
    private static Address deliveredTo(Order order) {
        if (order.shippingAddress() != null) {
            return order.shippingAddress();
        }
        return order.lines().stream()
                .flatMap(line -> line.splits().stream())
                .map(DeliverySplit::address)
                .findFirst()
                .orElse(null);
    }

    /**
     * The orders side's one home of counting promotion uses, and so of "a coupon is used once per customer" (a
     * promotion's limits per customer and in all are the promotions module's). Promotions count a use for each
     * order that carries them while its status holds uses ({@link OrderStatus#holdsPromotionUses()}: it has left
     * the draft, submitted, placed, invoiced, and while it lives on), for the customer of
     * {@link #usesCountedFor}; they give it back when the order returns to the draft, is rejected or cancelled,
     * or drops the promotion. A promotion used up in the meantime stops the order from leaving the draft or
     * taking it on (422). Applying a coupon and cloning ask beforehand whether a use is left for the same
     * customer.
     */
    void countUses(Order order, OrderStatus before) {
        var now = order.status();
        if (!now.holdsPromotionUses()) {
            if (before.holdsPromotionUses()) {
                promotions.release(order.id().value());
            }
            return;
        }
        promotions.useOnly(order.id().value(), usesCountedFor(order), promotionsOf(order), "/discounts");
    }

    /** The customer whose uses an order's promotions count as: the order's customer, none without one. */
    static UUID usesCountedFor(Order order) {
        return order.customer() == null ? null : order.customer().id();
    }

    /**
     * The promotions that count a use: each of the order's discounts that takes something off (a coupon that
     * gives nothing, below its minimum or on items that cost nothing, uses none of its allowance) and each
     * product promotion on a line. The priced order discounts come in the order the order holds them.
     */
    private static List<UUID> promotionsOf(Order order) {
        var ids = new ArrayList<UUID>();
        var discounts = order.pricing().discounts();
        var applied = order.priced().orderDiscounts();
        for (int i = 0; i < discounts.size(); i++) {
            if (!applied.get(i).amount().isZero()) {
                ids.add(discounts.get(i).promotionId());
            }
        }
        for (var line : order.lines()) {
            line.pricing().promotions().forEach(p -> {
                if (!ids.contains(p.sourceId())) {
                    ids.add(p.sourceId());
                }
            });
        }
        return ids;
    }
}
