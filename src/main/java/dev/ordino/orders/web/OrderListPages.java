package dev.ordino.orders.web;

import static dev.ordino.orders.web.OrderScreens.PICKER_SIZE;
import static dev.ordino.orders.web.OrderScreens.cloned;
import static dev.ordino.orders.web.OrderScreens.lineInputs;
import static dev.ordino.orders.web.OrderScreens.parseId;

import dev.ordino.channels.ChannelManagement;
import dev.ordino.customers.CustomerType;
import dev.ordino.orders.NewOrder;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderQuery;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.OrderSummary;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.PageController;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The orders view and where orders start: the list with its filters and bulk actions, "Create new order", and
 * the "Add to order" of the items view. The order page itself is {@link OrderPages}'.
 */
@PageController
@RequestMapping("/orders")
class OrderListPages {

    private static final int PAGE_SIZE = 25;

    private final OrderManagement orders;
    private final OrderScreens screens;
    private final ChannelManagement channels;
    private final CurrentActor actor;

    OrderListPages(OrderManagement orders, OrderScreens screens, ChannelManagement channels, CurrentActor actor) {
        this.orders = orders;
        this.screens = screens;
        this.channels = channels;
        this.actor = actor;
    }

    /** The filters of the orders view, as they appear in its address (so a search can be bookmarked). */
    record Filters(
            String q,
            OrderStatus status,
            CustomerType customerType,
            UUID channelId,
            LocalDate createdFrom,
            LocalDate createdTo,
            String sort,
            String cursor) {

        OrderQuery query() {
            return new OrderQuery(
                    q,
                    status == null ? null : List.of(status),
                    customerType == null ? null : customerType.name(),
                    channelId,
                    null,
                    createdFrom == null ? null : createdFrom.atStartOfDay().toInstant(ZoneOffset.UTC),
                    createdTo == null
                            ? null
                            : createdTo.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                    sort);
        }

        /** This search sorted by {@code column}: ascending first, descending when it already is. */
        public String sortedBy(String column) {
            var next = column.equals(sort) ? "-" + column : column;
            return url(next, null);
        }

        public String next(String nextCursor) {
            return url(sort, nextCursor);
        }

        /** The arrow beside a column heading that sorts the list. */
        public String arrow(String column) {
            var current = sort == null || sort.isBlank() ? "-createdAt" : sort;
            return current.equals(column) ? " ▲" : current.equals("-" + column) ? " ▼" : "";
        }

        public String ariaSort(String column) {
            var arrow = arrow(column);
            return arrow.isEmpty() ? "none" : arrow.contains("▲") ? "ascending" : "descending";
        }

        private String url(String sortBy, String cursorAt) {
            var url = UriComponentsBuilder.fromPath("/orders");
            add(url, "q", q);
            add(url, "status", status);
            add(url, "customerType", customerType);
            add(url, "channelId", channelId);
            add(url, "createdFrom", createdFrom);
            add(url, "createdTo", createdTo);
            add(url, "sort", sortBy);
            add(url, "cursor", cursorAt);
            return url.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder url, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                url.queryParam(name, value);
            }
        }
    }

    @GetMapping
    String list(@ModelAttribute("filters") Filters filters, Model model) {
        Page<OrderSummary> page = orders.list(filters.query(), PageRequest.of(PAGE_SIZE, filters.cursor()));
        model.addAttribute("page", page);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("channels", screens.channelsById());
        model.addAttribute("mayWrite", orders.mayWrite());
        return "orders/list";
    }

    /** "Create new order", from the orders view or with the items selected in the items view. */
    @PostMapping("/new")
    String create(@RequestParam(required = false) List<UUID> productIds, RedirectAttributes redirect) {
        var lines = lineInputs(productIds);
        var order = orders.create(NewOrder.withLines(channelForNewDraft(), lines));
        redirect.addFlashAttribute("notice", "Draft " + order.number() + " created.");
        return "redirect:/orders/" + order.id();
    }

    /** The "Add to order" dropdown of the items view and the item page: a new order or one of the drafts. */
    @GetMapping("/add-to-order-menu")
    String addToOrderMenu(Model model) {
        var drafts = orders.list(OrderQuery.inStatus(OrderStatus.initial()), PageRequest.of(PICKER_SIZE, null));
        model.addAttribute("drafts", drafts.items());
        return "orders/add-to-order :: menu";
    }

    /** Adds the items selected in the items view to a draft ({@code target}: its id) or to a new one. */
    @PostMapping("/add-items")
    String addItems(
            @RequestParam(required = false) List<UUID> productIds,
            @RequestParam String target,
            RedirectAttributes redirect) {
        if (productIds == null || productIds.isEmpty()) {
            throw DomainException.invalid("/productIds", "required", "select at least one item");
        }
        if ("new".equals(target)) {
            return create(productIds, redirect);
        }
        var orderId = parseId(target);
        var added = screens.addProducts(orderId, productIds, null);
        redirect.addFlashAttribute("notice", added + " added to the order.");
        return "redirect:/orders/" + orderId;
    }

    /** Delete (drafts only, all or none) or Clone for the orders ticked in the orders view. */
    @PostMapping("/bulk")
    String bulk(
            @RequestParam(required = false) List<UUID> ids, @RequestParam String action, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "Select one or more orders first.");
            return "redirect:/orders";
        }
        try {
            if ("delete".equals(action)) {
                orders.deleteAll(ids.stream().map(OrderId::of).toList());
                redirect.addFlashAttribute(
                        "notice", ids.size() == 1 ? "The draft was deleted." : ids.size() + " drafts were deleted.");
                return "redirect:/orders";
            }
            if ("clone".equals(action)) {
                if (ids.size() != 1) {
                    redirect.addFlashAttribute("problem", "Clone one order at a time.");
                    return "redirect:/orders";
                }
                return cloned(orders.clone(OrderId.of(ids.get(0))), redirect);
            }
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/orders";
        }
        throw DomainException.invalid("/action", "oneOf", "action must be delete or clone");
    }

    /** A buyer's new draft goes where {@link ChannelManagement#forCallersDraft} says; staff pick on the order page. */
    private UUID channelForNewDraft() {
        return actor.get().isBuyer() ? channels.forCallersDraft().id() : null;
    }
}
