package dev.ordino.subscriptions.web;

import dev.ordino.orders.LineId;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderLine;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.web.tabs.OrderTabs;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.Forms;
import dev.ordino.subscriptions.NewSubscription;
import dev.ordino.subscriptions.Subscription;
import dev.ordino.subscriptions.SubscriptionManagement;
import dev.ordino.subscriptions.SubscriptionQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The subscriptions' screens (FlexPortal): the order's Subscriptions tab, where each rental line gets a
 * subscription per unit ("Create subscription": a serial number and a start date); the Subscriptions list with
 * its search and filters; and a subscription's page with Cancel and Extend. Every form calls
 * {@link SubscriptionManagement}, which decides who may do what; a refused change comes back as a message on the
 * page it was made on. Staff only.
 */
@dev.ordino.shared.web.PageController
class SubscriptionPages {

    static final int PAGE_SIZE = 50;

    private final SubscriptionManagement subscriptions;
    private final OrderManagement orders;
    private final CurrentActor actor;
    private final Forms forms;
    private final OrderTabs tabs;

    SubscriptionPages(
            SubscriptionManagement subscriptions,
            OrderManagement orders,
            CurrentActor actor,
            Forms forms,
            OrderTabs tabs) {
        this.tabs = tabs;
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.actor = actor;
        this.forms = forms;
    }

    // --- the order's Subscriptions tab -----------------------------------------------------------------------

    @GetMapping("/orders/{id}/subscriptions")
    String ofOrder(@PathVariable UUID id, Model model) {
        staffOnly(id);
        var order = tabs.header(id, "subscriptions", model);
        var made = subscriptions.ofOrder(order.id());
        var fulfillable = order.status().takesFulfilment();
        var mayWrite = subscriptions.mayWrite();
        var rentals = order.lines().stream()
                .filter(OrderLine::isRental)
                .map(RentalLine::of)
                .toList();
        model.addAttribute("rentals", rentals);
        model.addAttribute("subscriptions", made);
        model.addAttribute("mayCreate", mayWrite && fulfillable);
        model.addAttribute("fulfillable", fulfillable);
        model.addAttribute("today", orders.today());
        return "subscriptions/order-subscriptions";
    }

    /** Create subscription: one unit of a rental line fulfilled with an asset; back to the order's tab. */
    @PostMapping("/orders/{id}/lines/{lineId}/subscriptions")
    String create(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(required = false) String serialNumber,
            @RequestParam(required = false) String startDate,
            RedirectAttributes redirect) {
        try {
            var request = forms.valid(
                    new NewSubscription(nonNull(Forms.text(serialNumber)), Forms.date(startDate, "/startDate")));
            var created = subscriptions.create(OrderId.of(id), LineId.of(lineId), request);
            redirect.addFlashAttribute(
                    "notice",
                    "Subscription " + created.number() + " created: " + created.serialNumber() + " from "
                            + created.startDate() + " to " + created.endDate() + ".");
        } catch (DomainException e) {
            refused(e, redirect);
            redirect.addFlashAttribute("refusedLine", lineId);
            redirect.addFlashAttribute("typedSerial", serialNumber);
            redirect.addFlashAttribute("typedStart", startDate);
        }
        return "redirect:/orders/" + id + "/subscriptions";
    }

    // --- the Subscriptions list ------------------------------------------------------------------------------

    /** The list's search and filters, as they appear in its address (so that a search can be bookmarked). */
    record Filters(
            @Nullable String q,
            Subscription.@Nullable Status status,
            @Nullable String customerType,
            @Nullable LocalDate startFrom,
            @Nullable LocalDate startTo,
            @Nullable String cursor) {

        SubscriptionQuery query() {
            return new SubscriptionQuery(q, status, null, null, customerType, startFrom, startTo);
        }

        /** The next page of this very search. */
        public String next(String nextCursor) {
            var url = UriComponentsBuilder.fromPath("/subscriptions");
            add(url, "q", q);
            add(url, "status", status);
            add(url, "customerType", customerType);
            add(url, "startFrom", startFrom);
            add(url, "startTo", startTo);
            add(url, "cursor", nextCursor);
            return url.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder url, String name, @Nullable Object value) {
            if (value != null && !value.toString().isBlank()) {
                url.queryParam(name, value);
            }
        }
    }

    @GetMapping("/subscriptions")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String customerType,
            @RequestParam(required = false) String startFrom,
            @RequestParam(required = false) String startTo,
            @RequestParam(required = false) String cursor,
            Model model) {
        var filters = new Filters(
                Forms.text(q),
                choice(Subscription.Status.class, status),
                customerType(customerType),
                Forms.date(startFrom, "?startFrom"),
                Forms.date(startTo, "?startTo"),
                Forms.text(cursor));
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", Subscription.Status.values());
        model.addAttribute("page", subscriptions.list(filters.query(), PageRequest.of(PAGE_SIZE, filters.cursor())));
        return "subscriptions/list";
    }

    // --- a subscription's page -------------------------------------------------------------------------------

    @GetMapping("/subscriptions/{id}")
    String subscription(@PathVariable UUID id, Model model) {
        var subscription = subscriptions.get(id);
        var mayWrite = subscriptions.mayWrite();
        model.addAttribute("s", subscription);
        model.addAttribute("mayCancel", mayWrite && subscription.status() == Subscription.Status.ACTIVE);
        model.addAttribute("mayExtend", mayWrite && subscription.status() != Subscription.Status.CANCELLED);
        model.addAttribute("today", orders.today());
        return "subscriptions/subscription";
    }

    /** Cancel: from an effective date (default today), for a reason; back to the subscription. */
    @PostMapping("/subscriptions/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String effectiveDate,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            var text = Forms.text(reason);
            if (text == null) {
                throw DomainException.invalid("/reason", "required", "must not be blank");
            }
            var after = subscriptions.cancel(id, text, Forms.date(effectiveDate, "/effectiveDate"), version);
            redirect.addFlashAttribute(
                    "notice",
                    "Subscription " + after.number() + " is cancelled"
                            + (after.cancelledOn() == null ? "" : " from " + after.cancelledOn()) + ".");
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/subscriptions/" + id;
    }

    /** Extend: so many months longer than it runs now; back to the subscription. */
    @PostMapping("/subscriptions/{id}/extend")
    String extend(
            @PathVariable UUID id,
            @RequestParam(required = false) String months,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            var count = Forms.wholeNumber(months, "/months");
            if (count == null) {
                throw DomainException.invalid("/months", "required", "must not be empty");
            }
            var after = subscriptions.extend(id, count, version);
            redirect.addFlashAttribute(
                    "notice", "Subscription " + after.number() + " now runs until " + after.endDate() + ".");
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/subscriptions/" + id;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A rental line as the tab shows it: its units, how many have a subscription, how many are left. */
    record RentalLine(
            UUID id,
            @Nullable String sku,
            String title,
            int quantity,
            int contractMonths,
            String monthlyPrice,
            int subscribed) {

        static RentalLine of(OrderLine line) {
            var months = line.contractMonths();
            return new RentalLine(
                    line.id().value(),
                    line.sku(),
                    line.title(),
                    line.quantity(),
                    months == null ? 0 : months,
                    line.effectivePrice().toString(),
                    line.subscribedQuantity());
        }

        public int left() {
            return Math.max(0, quantity - subscribed);
        }
    }

    /** The customer's buyers have no Subscriptions tab: it is not there for them. */
    private void staffOnly(UUID orderId) {
        if (actor.get().isBuyer()) {
            throw DomainException.notFound("order", orderId);
        }
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** A filter's choice among an enum's constants; anything else is no filter. */
    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
        var text = Forms.text(value);
        return text == null
                ? null
                : Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equalsIgnoreCase(text))
                        .findFirst()
                        .orElse(null);
    }

    private static @Nullable String customerType(@Nullable String value) {
        var text = Forms.text(value);
        if (text == null) {
            return null;
        }
        var upper = text.toUpperCase(Locale.ROOT);
        return "INDIVIDUAL".equals(upper) || "BUSINESS".equals(upper) ? upper : null;
    }

    /** A refused change: its messages, each with the field it is about, as the flash of the page it came from. */
    static void refused(DomainException e, RedirectAttributes redirect) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute(
                "problem",
                Forms.errors(e, "this subscription").entrySet().stream()
                        .map(m -> m.getKey().isEmpty() ? m.getValue() : field(m.getKey()) + " " + m.getValue())
                        .collect(Collectors.joining(" ")));
    }

    /** "/serialNumber" as a page says it: "serial number:". */
    private static String field(String pointer) {
        var segments = pointer.replace("?", "").split("/");
        var last = "";
        for (int i = segments.length - 1; i >= 0 && last.isEmpty(); i--) {
            last = segments[i].matches("[0-9]*") ? "" : segments[i];
        }
        return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ":";
    }
}
