package dev.ordino.orders.web;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.catalog.Product;
import dev.ordino.catalog.ProductQuery;
import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.ChannelQuery;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.customers.CustomerQuery;
import dev.ordino.customers.CustomerType;
import dev.ordino.customers.NewCustomer;
import dev.ordino.orders.AddressInput;
import dev.ordino.orders.DeliveryInput;
import dev.ordino.orders.DeliveryMode;
import dev.ordino.orders.LineInput;
import dev.ordino.orders.NewOrder;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderAction;
import dev.ordino.orders.OrderChanges;
import dev.ordino.orders.OrderLimits;
import dev.ordino.orders.OrderManagement;
import dev.ordino.orders.OrderQuery;
import dev.ordino.orders.OrderStatus;
import dev.ordino.orders.OrderSummary;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaleVersion;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The order screens of the admin UI and the buyer portal: the orders view, the order page with its items,
 * splits, notes and addresses, the review page and the timeline. Every change goes through
 * {@link OrderManagement}, so a buyer sees and edits only their customer's orders here exactly as in the API.
 */
@PageController
@RequestMapping("/orders")
class OrderPages {

    private static final int PAGE_SIZE = 25;
    private static final int PICKER_SIZE = 20;

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final CustomerManagement customers;
    private final ChannelManagement channels;
    private final Forms forms;
    private final CurrentActor actor;

    OrderPages(
            OrderManagement orders,
            CatalogManagement catalog,
            CustomerManagement customers,
            ChannelManagement channels,
            Forms forms,
            CurrentActor actor) {
        this.orders = orders;
        this.catalog = catalog;
        this.customers = customers;
        this.channels = channels;
        this.forms = forms;
        this.actor = actor;
    }

    // --- the orders view ---------------------------------------------------------------------------------

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
        model.addAttribute("channels", channelsById());
        return "orders/list";
    }

    /** "Create new order", from the orders view or with the items selected in the items view. */
    @PostMapping("/new")
    String create(@RequestParam(required = false) List<UUID> productIds, RedirectAttributes redirect) {
        var lines = lineInputs(productIds);
        var order = orders.create(
                new NewOrder(channelForNewDraft(), null, null, null, null, null, null, null, null, null, lines));
        redirect.addFlashAttribute("notice", "Draft " + order.number() + " created.");
        return "redirect:/orders/" + order.id();
    }

    /** The "Add to order" dropdown of the items view and the item page: a new order or one of the drafts. */
    @GetMapping("/add-to-order-menu")
    String addToOrderMenu(Model model) {
        var drafts = orders.list(
                new OrderQuery(null, List.of(OrderStatus.initial()), null, null, null, null, null, null),
                PageRequest.of(PICKER_SIZE, null));
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
        var added = addProducts(orderId, productIds, null);
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
                orders.deleteAll(ids);
                redirect.addFlashAttribute(
                        "notice", ids.size() == 1 ? "The draft was deleted." : ids.size() + " drafts were deleted.");
                return "redirect:/orders";
            }
            if ("clone".equals(action)) {
                if (ids.size() != 1) {
                    redirect.addFlashAttribute("problem", "Clone one order at a time.");
                    return "redirect:/orders";
                }
                return cloned(orders.clone(ids.get(0)), redirect);
            }
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/orders";
        }
        throw DomainException.invalid("/action", "oneOf", "action must be delete or clone");
    }

    // --- the order page ----------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String page(@PathVariable UUID id, @RequestParam(required = false) UUID line, Model model) {
        var order = orders.get(id);
        show(order, line, model);
        return "orders/page";
    }

    /** The header: customer, channel, reference id, order date, special instructions and the addresses. */
    record HeaderForm(
            UUID customerId,
            UUID channelId,
            @Size(max = 100) String referenceId,
            LocalDate orderDate,
            @Size(max = OrderLimits.NOTE) String notes,
            String shippingChoice,
            @Valid AddressForm shipping,
            String billingChoice,
            @Valid AddressForm billing,
            Long version) {}

    /** An address typed on the page ("use different shipping address"), optionally kept in the address book. */
    record AddressForm(
            @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,
            @Size(max = 2) String country,
            Boolean saveToAddressBook) {

        AddressInput input() {
            return new AddressInput(
                    null,
                    null,
                    line1,
                    Forms.text(line2),
                    city,
                    Forms.text(region),
                    postalCode,
                    country,
                    saveToAddressBook);
        }
    }

    @PostMapping("/{id}")
    String saveHeader(
            @PathVariable UUID id,
            @ModelAttribute HeaderForm form,
            @RequestParam(required = false) String close,
            Model model,
            RedirectAttributes redirect) {
        try {
            forms.valid(form);
            var changes = new OrderChanges(
                    form.channelId(),
                    form.customerId(),
                    null,
                    null,
                    form.orderDate(),
                    Forms.text(form.referenceId()),
                    Forms.text(form.notes()),
                    address(form.billingChoice(), form.billing()),
                    address(form.shippingChoice(), form.shipping()),
                    null,
                    null,
                    null);
            var present = new HashSet<>(Set.of("referenceId", "notes"));
            if (!actor.get().isBuyer()) {
                present.add("channelId");
                // the customer changes only when one is picked (the pick's buttons send customerId)
                if (form.customerId() != null) {
                    present.add("customerId");
                }
            }
            if (form.orderDate() != null) {
                present.add("orderDate");
            }
            if (form.billingChoice() != null && !"keep".equals(form.billingChoice())) {
                present.add("billingAddress");
            }
            if (form.shippingChoice() != null && !"keep".equals(form.shippingChoice())) {
                present.add("shippingAddress");
            }
            var order = orders.update(id, new Patch<>(changes, present), form.version());
            if (close != null) {
                redirect.addFlashAttribute("notice", "Order " + order.number() + " saved.");
                return "redirect:/orders";
            }
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/orders/" + id;
        } catch (DomainException e) {
            var order = orders.get(id);
            show(order, null, model);
            model.addAttribute("header", form);
            model.addAttribute("headerErrors", Forms.errors(e, "order " + order.number()));
            return "orders/page";
        }
    }

    /** A customer created from the order page ("Create" beside the customer pick) and set on the order. */
    record CustomerForm(
            CustomerType type, String email, String firstName, String lastName, String companyName, Long version) {}

    @PostMapping("/{id}/customer")
    String createCustomer(
            @PathVariable UUID id, @ModelAttribute CustomerForm form, Model model, RedirectAttributes redirect) {
        try {
            var customer = customers.create(forms.valid(new NewCustomer(
                    form.type() == null ? CustomerType.INDIVIDUAL : form.type(),
                    form.email(),
                    form.firstName(),
                    form.lastName(),
                    null,
                    Forms.text(form.companyName()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of())));
            var changes =
                    new OrderChanges(null, customer.id(), null, null, null, null, null, null, null, null, null, null);
            orders.update(id, new Patch<>(changes, Set.of("customerId")), form.version());
            redirect.addFlashAttribute("notice", "Customer " + customer.displayName() + " created.");
            return "redirect:/orders/" + id;
        } catch (DomainException e) {
            var order = orders.get(id);
            show(order, null, model);
            model.addAttribute("newCustomer", form);
            model.addAttribute("customerErrors", Forms.errors(e, "order " + order.number()));
            return "orders/page";
        }
    }

    /** Customers matching what was typed in the customer pick (name or e-mail). */
    @GetMapping("/{id}/customer-picker")
    String customerPicker(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        var order = orders.get(id);
        model.addAttribute("order", OrderView.of(order));
        model.addAttribute(
                "matches",
                q == null || q.isBlank()
                        ? List.of()
                        : customers
                                .list(new CustomerQuery(q.trim(), null, null), PageRequest.of(PICKER_SIZE, null))
                                .items());
        return "orders/page :: customer-matches";
    }

    /** "+ Add items": purchasable items not yet on the order, searched by SKU or name from three characters. */
    @GetMapping("/{id}/picker")
    String picker(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        var order = orders.get(id);
        model.addAttribute("order", OrderView.of(order));
        model.addAttribute("q", q);
        model.addAttribute("items", pickable(order, q));
        return "orders/page :: picker-results";
    }

    @PostMapping("/{id}/lines")
    String addLines(
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> productIds,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        if (productIds == null || productIds.isEmpty()) {
            redirect.addFlashAttribute("problem", "Select one or more items to add.");
            return "redirect:/orders/" + id;
        }
        try {
            var added = addProducts(id, productIds, version);
            redirect.addFlashAttribute("notice", added + " added.");
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/orders/" + id;
    }

    /** The line editor: quantity, standard or custom dates, and the splits across delivery locations. */
    record LineForm(Integer quantity, DeliveryMode mode, List<SplitRow> splits, Long version) {

        public List<SplitRow> rows() {
            return splits == null
                    ? List.of()
                    : splits.stream()
                            .filter(row -> row != null && !row.isEmpty())
                            .toList();
        }
    }

    record SplitRow(UUID locationId, Integer quantity, LocalDate date) {

        public boolean isEmpty() {
            return locationId == null && quantity == null && date == null;
        }
    }

    @PostMapping("/{id}/lines/{lineId}")
    String saveLine(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @ModelAttribute LineForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (form.quantity() == null || form.quantity() < 1) {
                throw DomainException.invalid("/quantity", "positive", "the quantity must be 1 or more");
            }
            var splits = form.rows().stream()
                    .map(row -> new DeliveryInput.Split(row.locationId(), null, row.quantity(), row.date()))
                    .toList();
            var delivery =
                    forms.valid(new DeliveryInput(form.mode() == null ? DeliveryMode.STANDARD : form.mode(), splits));
            orders.changeLineDelivery(id, lineId, form.quantity(), delivery, form.version());
            redirect.addFlashAttribute("notice", "Item saved.");
            return "redirect:/orders/" + id + "?line=" + lineId;
        } catch (DomainException e) {
            var order = orders.get(id);
            show(order, lineId, model);
            model.addAttribute("lineForm", form);
            model.addAttribute("lineErrors", Forms.errors(e, "order " + order.number()));
            return "orders/page";
        }
    }

    @PostMapping("/{id}/lines/{lineId}/remove")
    String removeLine(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            orders.removeLine(id, lineId, version);
            redirect.addFlashAttribute("notice", "Item removed.");
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/orders/" + id;
    }

    @PostMapping("/{id}/notes")
    String addNote(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            if (text == null || text.isBlank()) {
                throw DomainException.invalid("/text", "required", "write the note first");
            }
            orders.addNote(id, text.trim());
            redirect.addFlashAttribute("notice", "Note added.");
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/orders/" + id + "#order-notes";
    }

    // --- review, actions and the timeline ------------------------------------------------------------------

    @GetMapping("/{id}/review")
    String review(@PathVariable UUID id, Model model) {
        var order = orders.get(id);
        show(order, null, model);
        model.addAttribute("review", orders.review(id));
        model.addAttribute("canSubmit", orders.actionsFor(order).contains(OrderAction.SUBMIT));
        return "orders/review";
    }

    /** Submit, retract, accept, reject, hold, release, cancel, confirm, place, clone, delete. */
    @PostMapping("/{id}/actions/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Boolean acceptTerms,
            @RequestParam(required = false) String termsVersion,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String from,
            RedirectAttributes redirect) {
        var chosen = OrderAction.fromSlug(action)
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "There is no action " + action));
        var back = "review".equals(from) ? "redirect:/orders/" + id + "/review" : "redirect:/orders/" + id;
        try {
            switch (chosen) {
                case SUBMIT -> orders.submit(id, acceptTerms, termsVersion, version);
                case RETRACT -> orders.retract(id, version);
                case ACCEPT -> orders.accept(id, version);
                case REJECT -> orders.reject(id, reason, version);
                case PLACE -> orders.place(id, version);
                case CONFIRM -> orders.confirm(id, version);
                case HOLD -> orders.hold(id, reason, version);
                case RELEASE_HOLD -> orders.releaseHold(id, version);
                case CANCEL -> orders.cancel(id, reason, version);
                case REVERT_TO_DRAFT -> orders.revertToDraft(id, version);
                case SEND_INVOICE -> orders.sendInvoice(id, null, version);
                case CLONE -> {
                    return cloned(orders.clone(id), redirect);
                }
                case DELETE -> {
                    orders.delete(id, version);
                    redirect.addFlashAttribute("notice", "The draft was deleted.");
                    return "redirect:/orders";
                }
            }
        } catch (DomainException e) {
            requireFound(e);
            redirect.addFlashAttribute("problem", message(e));
            redirect.addFlashAttribute("actionErrors", Forms.errors(e));
            return back;
        }
        var order = orders.get(id);
        redirect.addFlashAttribute(
                "notice",
                "Order " + order.number() + " is now " + label(order.status()).toLowerCase(java.util.Locale.ROOT)
                        + ".");
        return back;
    }

    @GetMapping("/{id}/timeline")
    String timeline(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        var order = orders.get(id);
        show(order, null, model);
        model.addAttribute("timeline", orders.timeline(id, PageRequest.of(100, cursor)));
        return "orders/timeline";
    }

    // --- helpers of the pages ------------------------------------------------------------------------------

    /** What every order page shows: the order, the actions the caller may take, the selected line. */
    private void show(Order order, UUID selectedLine, Model model) {
        var view = OrderView.of(order);
        model.addAttribute("order", view);
        model.addAttribute("actions", orders.actionsFor(order));
        model.addAttribute("editable", orders.mayEdit(order));
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
                        : orders.notes(order.id(), PageRequest.of(50, null)).items());
    }

    private Map<UUID, Channel> channelsById() {
        var listed = actor.get().isBuyer()
                ? channels.openToCaller()
                : channels.list(new ChannelQuery(null, null, null, null), PageRequest.of(PageRequest.MAX_LIMIT, null))
                        .items();
        return listed.stream()
                .collect(Collectors.toMap(Channel::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** A buyer's new draft goes where {@link ChannelManagement#forCallersDraft} says; staff pick on the order page. */
    private UUID channelForNewDraft() {
        return actor.get().isBuyer() ? channels.forCallersDraft().id() : null;
    }

    private List<LineInput> lineInputs(List<UUID> productIds) {
        if (productIds == null) {
            return List.of();
        }
        return productIds.stream()
                .distinct()
                .map(productId -> new LineInput(productId, null, null, 1, null, null, null, null, null))
                .toList();
    }

    /** Adds one of each product (quantity 1, to be edited on the order page); returns "2 items" or the like. */
    private String addProducts(UUID orderId, List<UUID> productIds, Long version) {
        var expected = version;
        var count = 0;
        for (var input : lineInputs(productIds)) {
            var edited = orders.addLine(orderId, input, expected);
            expected = edited.order().version();
            count++;
        }
        return count == 1 ? "1 item" : count + " items";
    }

    private List<Product> pickable(Order order, String q) {
        if (q == null || q.trim().length() < 3) {
            return List.of();
        }
        var onOrder = order.lines().stream()
                .map(l -> l.productId())
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return catalog
                .list(new ProductQuery(q.trim(), true, null), PageRequest.of(PICKER_SIZE + onOrder.size(), null))
                .items()
                .stream()
                .filter(p -> !onOrder.contains(p.id()))
                .limit(PICKER_SIZE)
                .toList();
    }

    private AddressInput address(String choice, AddressForm typed) {
        if (choice == null || choice.isBlank() || "keep".equals(choice) || "none".equals(choice)) {
            return null;
        }
        if ("new".equals(choice)) {
            return typed == null ? null : typed.input();
        }
        return new AddressInput(parseId(choice), null, null, null, null, null, null, null, null);
    }

    private String cloned(OrderManagement.Cloned cloned, RedirectAttributes redirect) {
        var report = cloned.report();
        var notice = new ArrayList<String>();
        notice.add("Cloned as draft " + cloned.order().number() + ".");
        if (!report.droppedLines().isEmpty()) {
            notice.add(report.droppedLines().size() + " item(s) no longer purchasable were left out.");
        }
        if (!report.resetDates().isEmpty()) {
            notice.add("Custom dates were reset to the standard schedule.");
        }
        redirect.addFlashAttribute("notice", String.join(" ", notice));
        return "redirect:/orders/" + cloned.order().id();
    }

    /** An order the caller may not see stays a 404 page, never a notice on it. */
    private static void requireFound(DomainException e) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
    }

    private static String message(DomainException e) {
        if (e instanceof StaleVersion) {
            return "Someone else changed the order in the meantime; nothing was changed. Look again and retry.";
        }
        var errors = Forms.errors(e).values();
        return errors.size() == 1 ? errors.iterator().next() : e.getMessage() + ": " + String.join("; ", errors);
    }

    static String label(OrderStatus status) {
        var words = status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("/target", "uuid", "not an order: " + value);
        }
    }
}
