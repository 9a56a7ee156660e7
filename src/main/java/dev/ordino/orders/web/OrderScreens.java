package dev.ordino.orders.web;

import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.ChannelQuery;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.PaymentTerms;
import dev.ordino.orders.Consent;
import dev.ordino.orders.LineInput;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.TextTemplate;
import dev.ordino.orders.TextTemplateKind;
import dev.ordino.orders.TextTemplateManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaleVersion;
import dev.ordino.shared.web.Forms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the order screens share: the model every order page shows (the order, what the caller may do with it,
 * the selected line), the channels to choose from, adding catalog items by id, and what a page says after a
 * change: a notice, a problem, or a 404 for an order the caller may not see.
 */
@Component
class OrderScreens {

    /** How many matches a pick (items, customers, drafts) offers at a time. */
    static final int PICKER_SIZE = 20;

    private final OrderManagement orders;
    private final CustomerManagement customers;
    private final ChannelManagement channels;
    private final CurrentActor actor;
    private final TextTemplateManagement templates;

    OrderScreens(
            OrderManagement orders,
            CustomerManagement customers,
            ChannelManagement channels,
            CurrentActor actor,
            TextTemplateManagement templates) {
        this.templates = templates;
        this.orders = orders;
        this.customers = customers;
        this.channels = channels;
        this.actor = actor;
    }

    /** What every order page shows: the order, the actions the caller may take, the selected line. */
    void show(Order order, UUID selectedLine, Model model) {
        var actions = orders.actionsFor(order);
        var view = OrderView.of(order, actions, orders.today());
        model.addAttribute("order", view);
        model.addAttribute("actions", actions);
        model.addAttribute("editable", orders.mayEdit(order));
        // a placed order still open changes where it is not fulfilled: quantities, splits, addresses, charges
        model.addAttribute("changeable", orders.mayChange(order));
        model.addAttribute("mayWrite", orders.mayWrite());
        model.addAttribute("statusLabel", label(order.status()));
        var selected = view.lines().stream()
                .filter(l -> l.id().equals(selectedLine))
                .findFirst()
                .or(() -> view.lines().stream().findFirst())
                .orElse(null);
        model.addAttribute("selected", selected);
        // no errors until a form says otherwise (the pages look fields up by their pointer)
        model.addAttribute("lineErrors", Map.of());
        model.addAttribute("headerErrors", Map.of());
        model.addAttribute("customerErrors", Map.of());
        payment(order, model);
        var customer = order.customer() == null
                ? null
                : customers.find(order.customer().id()).orElse(null);
        model.addAttribute("locations", customer == null ? List.of() : customer.addresses());
        model.addAttribute("channel", channels.find(order.channelId()).orElse(null));
        if (!model.containsAttribute("channels")) {
            model.addAttribute("channels", channelsById());
        }
        model.addAttribute(
                "allComplete", !view.lines().isEmpty() && view.lines().stream().allMatch(l -> l.complete()));
        model.addAttribute(
                "notes",
                actor.get().isBuyer()
                        ? List.of()
                        : orders.notes(order, PageRequest.of(50, null)).items());
    }

    /** What the Payment section offers: terms, consents and, to staff who may change the order, the templates. */
    private void payment(Order order, Model model) {
        model.addAttribute("paymentErrors", Map.of());
        model.addAttribute("allPaymentTerms", PaymentTerms.values());
        var kinds = new java.util.LinkedHashSet<>(OrderPaymentPages.CONSENT_KINDS);
        order.consents().forEach(c -> kinds.add(c.kind()));
        model.addAttribute("consentKinds", List.copyOf(kinds));
        model.addAttribute(
                "consentsGiven", order.consents().stream().map(Consent::kind).toList());
        var staffEditing = !actor.get().isBuyer() && orders.mayChange(order);
        var all = staffEditing ? templates.list(null) : List.<TextTemplate>of();
        model.addAttribute(
                "noteTemplates",
                all.stream().filter(t -> t.kind() == TextTemplateKind.NOTE).toList());
        model.addAttribute(
                "termsTemplates",
                all.stream().filter(t -> t.kind() == TextTemplateKind.TERMS).toList());
    }

    /** The order as the caller sees it, for a page's fragment (a pick's results). */
    OrderView view(Order order) {
        return OrderView.of(order, orders.actionsFor(order), orders.today());
    }

    /** The channels the caller may choose from: a buyer those open to her, staff all of them. */
    Map<UUID, Channel> channelsById() {
        var listed = actor.get().isBuyer()
                ? channels.openToCaller()
                : channels.list(new ChannelQuery(null, null, null, null), PageRequest.of(PageRequest.MAX_LIMIT, null))
                        .items();
        return listed.stream()
                .collect(Collectors.toMap(Channel::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** One line of each product, quantity 1. */
    static List<LineInput> lineInputs(List<UUID> productIds) {
        if (productIds == null) {
            return List.of();
        }
        return productIds.stream()
                .distinct()
                .map(productId -> LineInput.ofProduct(productId, 1))
                .toList();
    }

    /** Adds one of each product (quantity 1, to be edited on the order page); returns "2 items" or the like. */
    String addProducts(UUID orderId, List<UUID> productIds, Long version) {
        var expected = version;
        var count = 0;
        for (var input : lineInputs(productIds)) {
            var edited = orders.addLine(OrderId.of(orderId), input, expected);
            expected = edited.order().version();
            count++;
        }
        return count == 1 ? "1 item" : count + " items";
    }

    /**
     * Goes to the new draft, saying what the clone left behind by name: each item left out with its SKU and
     * why, and each coupon dropped by its code.
     */
    static String cloned(OrderManagement.Cloned cloned, RedirectAttributes redirect) {
        var report = cloned.report();
        var notice = new ArrayList<String>();
        notice.add("Cloned as draft " + cloned.order().number() + ".");
        var leftOut = new ArrayList<String>();
        for (var line : report.droppedLines()) {
            var why = line.reason().startsWith("is ") ? line.reason().substring(3) : line.reason();
            leftOut.add(line.title() + (line.sku() == null ? "" : " (" + line.sku() + ")") + ", " + why);
        }
        for (var code : report.droppedCoupons()) {
            leftOut.add("coupon " + code + " dropped, no longer valid");
        }
        if (!leftOut.isEmpty()) {
            notice.add("Left out: " + String.join("; ", leftOut) + ".");
        }
        if (!report.resetDates().isEmpty()) {
            notice.add("Custom dates were reset to the standard schedule.");
        }
        redirect.addFlashAttribute("notice", String.join(" ", notice));
        return "redirect:/orders/" + cloned.order().id();
    }

    /** An order the caller may not see stays a 404 page, never a notice on it. */
    static void requireFound(DomainException e) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
    }

    /**
     * The problem as a page says it: one line, or the message with each field's; a message that already names
     * every problem ("The order cannot be placed: a; b") is said as it is, not followed by them again.
     */
    static String message(DomainException e) {
        if (e instanceof StaleVersion) {
            return "Someone else changed the order in the meantime; nothing was changed. Look again and retry.";
        }
        var errors = Forms.errors(e).values();
        if (errors.size() == 1) {
            return errors.iterator().next();
        }
        var detail = e.getMessage();
        return e.errors().stream().allMatch(p -> detail.contains(p.message()))
                ? detail
                : detail + ": " + String.join("; ", errors);
    }

    /** A status as people read it: "On hold" for ON_HOLD. */
    static String label(OrderStatus status) {
        var words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An id a form sent (an order to add items to, an address-book entry); 422 if it is not one. */
    static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("/target", "uuid", "not an order: " + value);
        }
    }
}
