package dev.ordino.orders.web;

import static dev.ordino.orders.web.OrderScreens.PICKER_SIZE;
import static dev.ordino.orders.web.OrderScreens.cloned;
import static dev.ordino.orders.web.OrderScreens.lineInputs;
import static dev.ordino.orders.web.OrderScreens.message;
import static dev.ordino.orders.web.OrderScreens.parseId;
import static dev.ordino.orders.web.OrderScreens.requireFound;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.customers.CustomerType;
import dev.ordino.orders.LineInput;
import dev.ordino.orders.NewOrder;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderQuery;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.OrderSummary;
import dev.ordino.orders.PaymentStatus;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.PageController;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Where "Add to order" may send the browser back to: the items view (with its search) or an item page. */
    private static final Pattern ITEMS_VIEW = Pattern.compile("/products(/[0-9a-fA-F-]{36}|\\?[\\w%.~+=&-]*)?");

    private static final Pattern LINE_POINTER = Pattern.compile("/lines/(\\d+)");

    private final OrderManagement orders;
    private final OrderScreens screens;
    private final ChannelManagement channels;
    private final CatalogManagement catalog;
    private final CurrentActor actor;

    OrderListPages(
            OrderManagement orders,
            OrderScreens screens,
            ChannelManagement channels,
            CatalogManagement catalog,
            CurrentActor actor) {
        this.orders = orders;
        this.screens = screens;
        this.channels = channels;
        this.catalog = catalog;
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
            String payment,
            String sort,
            String cursor) {

        /** The payment filter's choice "overdue" (beside the payment statuses). */
        static final String OVERDUE = "OVERDUE";

        OrderQuery query() {
            var paymentStatus = payment == null || payment.isBlank() || OVERDUE.equals(payment)
                    ? null
                    : java.util.Arrays.stream(PaymentStatus.values())
                            .filter(p -> p.name().equals(payment))
                            .findFirst()
                            .orElse(null);
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
                    sort,
                    paymentStatus == null ? null : List.of(paymentStatus),
                    OVERDUE.equals(payment) ? Boolean.TRUE : null);
        }

        /** This search sorted by {@code column}: ascending first, descending when it already is. */
        public String sortedBy(String column) {
            var next = column.equals(sort) ? "-" + column : column;
            return url(next, null);
        }

        public String next(String nextCursor) {
            return url(sort, nextCursor);
        }

        /** This very list: its search, filters, sort and page (where a bulk action comes back to). */
        public String here() {
            return url(sort, cursor);
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
            add(url, "payment", payment);
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
        model.addAttribute("paymentStatuses", PaymentStatus.values());
        model.addAttribute("channels", screens.channelsById());
        model.addAttribute("mayWrite", orders.mayWrite());
        return "orders/list";
    }

    /** "Create new order" of the orders view: an empty draft, filled on its page. */
    @PostMapping("/new")
    String create(RedirectAttributes redirect) {
        var order = orders.create(NewOrder.withLines(channelForNewDraft(), List.of()));
        redirect.addFlashAttribute("notice", "Draft " + order.number() + " created.");
        return "redirect:/orders/" + order.id();
    }

    /**
     * The "Add to order" dropdown of the items view and the item page: a new order or one of the drafts, those
     * with items first (the most recently changed first), then the empty ones, so that drafts left empty never
     * push the ones being filled out of the menu.
     */
    @GetMapping("/add-to-order-menu")
    String addToOrderMenu(Model model) {
        var drafts = orders
                .list(OrderQuery.inStatus(OrderStatus.initial()), PageRequest.of(PageRequest.MAX_LIMIT, null))
                .items()
                .stream()
                .sorted(Comparator.comparing((OrderSummary d) -> d.lineCount() == 0)
                        .thenComparing(OrderSummary::updatedAt, Comparator.reverseOrder()))
                .limit(PICKER_SIZE)
                .toList();
        model.addAttribute("drafts", drafts);
        return "orders/add-to-order :: menu";
    }

    /**
     * Adds the items ticked in the items view (or the item page's one) to a draft ({@code target}: its id) or
     * to a new one. Each item goes in on its own: one the draft already holds, or one that cannot be ordered,
     * is named in the problem message and the others are added. A new draft is made only with the items that
     * can be added, in one step; when none can, no draft is made and the items view says why. {@code back}: the
     * items view page to return to when nothing was added.
     */
    @PostMapping("/add-items")
    String addItems(
            @RequestParam(required = false) List<UUID> productIds,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        var itemsView = back != null && ITEMS_VIEW.matcher(back).matches() ? back : "/products";
        if (productIds == null || productIds.isEmpty()) {
            redirect.addFlashAttribute("problem", "Select one or more items.");
            return "redirect:" + itemsView;
        }
        if (target == null || target.isBlank() || "new".equals(target)) {
            return createWith(lineInputs(productIds), itemsView, redirect);
        }
        var orderId = OrderId.of(parseId(target));
        var added = 0;
        var leftOut = new ArrayList<String>();
        String stopped = null;
        for (var input : lineInputs(productIds)) {
            if (stopped != null) {
                leftOut.add(itemName(input.productId()));
                continue;
            }
            try {
                orders.addLine(orderId, input, null);
                added++;
            } catch (DomainException e) {
                requireFound(e);
                if (isAboutTheItem(e)) {
                    leftOut.add(leftOut(input.productId(), e));
                } else {
                    stopped = message(e);
                    leftOut.add(itemName(input.productId()));
                }
            }
        }
        var notAdded = (stopped == null ? "" : stopped + " ") + "Not added: " + String.join("; ", leftOut) + ".";
        if (added == 0) {
            redirect.addFlashAttribute("problem", "Nothing was added to the order. " + notAdded);
            return "redirect:" + itemsView;
        }
        redirect.addFlashAttribute("notice", items(added) + " added to the order.");
        if (!leftOut.isEmpty()) {
            redirect.addFlashAttribute("problem", notAdded);
        }
        return "redirect:/orders/" + orderId;
    }

    /**
     * A new draft with the lines that can be added, made in one step: a line the draft refuses is left out and
     * the draft is tried again with the rest, so no draft is stored until it holds something.
     */
    private String createWith(List<LineInput> inputs, String itemsView, RedirectAttributes redirect) {
        var lines = new ArrayList<>(inputs);
        var leftOut = new ArrayList<String>();
        while (!lines.isEmpty()) {
            try {
                var order = orders.create(NewOrder.withLines(channelForNewDraft(), lines));
                redirect.addFlashAttribute(
                        "notice", "Draft " + order.number() + " created; " + items(lines.size()) + " added.");
                if (!leftOut.isEmpty()) {
                    redirect.addFlashAttribute("problem", "Not added: " + String.join("; ", leftOut) + ".");
                }
                return "redirect:/orders/" + order.id();
            } catch (DomainException e) {
                var line = lineOf(e);
                if (line < 0 || line >= lines.size() || !isAboutTheItem(e)) {
                    requireFound(e);
                    if (e.type() == ProblemType.FORBIDDEN) {
                        throw e;
                    }
                    redirect.addFlashAttribute("problem", "No draft was created: " + message(e));
                    return "redirect:" + itemsView;
                }
                leftOut.add(leftOut(lines.remove(line).productId(), e));
            }
        }
        redirect.addFlashAttribute(
                "problem",
                "Nothing was added, so no draft was created. Not added: " + String.join("; ", leftOut) + ".");
        return "redirect:" + itemsView;
    }

    /** Whether a refusal is about the item added (not purchasable, already on the order) rather than the order. */
    private static boolean isAboutTheItem(DomainException e) {
        return (e.type() == ProblemType.VALIDATION || e.type() == ProblemType.CONFLICT)
                && !e.errors().isEmpty();
    }

    /** The index of the line a new draft's refusal points at ({@code /lines/2/productId}), or -1. */
    private static int lineOf(DomainException e) {
        return e.errors().stream()
                .map(problem -> LINE_POINTER.matcher(problem.pointer()))
                .filter(Matcher::lookingAt)
                .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                .findFirst()
                .orElse(-1);
    }

    /** An item left out and why, as in: Lamp (LMP-1), already on this order: change the quantity of its line instead. */
    private String leftOut(UUID productId, DomainException e) {
        var item = itemName(productId);
        var why = e.errors().stream().anyMatch(problem -> "duplicate".equals(problem.code()))
                ? "already on this order: change the quantity of its line instead"
                : message(e);
        return why.contains(item) ? why : item + ", " + why;
    }

    /** An item as the items view shows it: "Lamp (LMP-1)". */
    private String itemName(UUID productId) {
        return catalog.find(productId)
                .map(product -> product.name() + " (" + product.sku() + ")")
                .orElse("item " + productId);
    }

    private static String items(int count) {
        return count == 1 ? "1 item" : count + " items";
    }

    /**
     * Delete (drafts only, all or none) or Clone for the orders ticked in the orders view. The form carries the
     * list's search, filters, sort and page, and a delete comes back to that same list.
     */
    @PostMapping("/bulk")
    String bulk(
            @RequestParam(required = false) List<UUID> ids,
            @RequestParam String action,
            @ModelAttribute("filters") Filters filters,
            RedirectAttributes redirect) {
        var list = "redirect:" + filters.here();
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "Select one or more orders first.");
            return list;
        }
        try {
            if ("delete".equals(action)) {
                orders.deleteAll(ids.stream().map(OrderId::of).toList());
                redirect.addFlashAttribute(
                        "notice", ids.size() == 1 ? "The draft was deleted." : ids.size() + " drafts were deleted.");
                return list;
            }
            if ("clone".equals(action)) {
                if (ids.size() != 1) {
                    redirect.addFlashAttribute("problem", "Clone one order at a time.");
                    return list;
                }
                return cloned(orders.clone(OrderId.of(ids.get(0))), redirect);
            }
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return list;
        }
        throw DomainException.invalid("/action", "oneOf", "action must be delete or clone");
    }

    /** A buyer's new draft goes where {@link ChannelManagement#forCallersDraft} says; staff pick on the order page. */
    private UUID channelForNewDraft() {
        return actor.get().isBuyer() ? channels.forCallersDraft().id() : null;
    }
}
