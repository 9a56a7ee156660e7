package dev.ordino.integrations.web;

import dev.ordino.integrations.IntegrationManagement;
import dev.ordino.integrations.Push;
import dev.ordino.integrations.PushKind;
import dev.ordino.integrations.PushStatus;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.web.tabs.OrderTabs;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pushes as staff see them: the order's Pushes tab (each push with every attempt, and Retry) and the
 * failed-pushes queue, where pushes that gave up wait for someone to look at them. Staff only: to the customer's
 * buyers an order has no such tab.
 */
@PageController
class PushPages {

    static final int PAGE_SIZE = 50;

    private final IntegrationManagement integrations;
    private final CurrentActor actor;
    private final OrderTabs tabs;

    PushPages(IntegrationManagement integrations, CurrentActor actor, OrderTabs tabs) {
        this.integrations = integrations;
        this.actor = actor;
        this.tabs = tabs;
    }

    // --- the order's Pushes tab ------------------------------------------------------------------------------

    @GetMapping("/orders/{id}/pushes")
    String ofOrder(@PathVariable UUID id, Model model) {
        staffOnly(id);
        var order = tabs.header(id, "pushes", model);
        model.addAttribute("pushes", integrations.pushes(order.id()));
        model.addAttribute("mayRetry", integrations.mayWrite());
        return "integrations/order-pushes";
    }

    /**
     * Retry: the push is sent again at once. Back to the order's tab, or to the queue it was retried from
     * ({@code queue}: the status the queue showed).
     */
    @PostMapping("/orders/{id}/pushes/{pushId}/retry")
    String retry(
            @PathVariable UUID id,
            @PathVariable UUID pushId,
            @RequestParam(required = false) String queue,
            RedirectAttributes redirect) {
        staffOnly(id);
        try {
            var push = integrations.retry(OrderId.of(id), pushId);
            redirect.addFlashAttribute("notice", outcome(push));
        } catch (DomainException e) {
            IntegrationPages.refused(e, redirect);
        }
        var from = status(queue);
        return from == null
                ? "redirect:/orders/" + id + "/pushes"
                : "redirect:/integrations/pushes?status=" + from.name();
    }

    // --- the failed-pushes queue -----------------------------------------------------------------------------

    @GetMapping("/integrations/pushes")
    String queue(
            @RequestParam(required = false) String status, @RequestParam(required = false) String cursor, Model model) {
        var shown = status(status);
        if (shown == null) {
            shown = PushStatus.FAILED;
        }
        model.addAttribute("status", shown);
        model.addAttribute("statuses", PushStatus.values());
        model.addAttribute("page", integrations.pushes(shown, PageRequest.of(PAGE_SIZE, Forms.text(cursor))));
        model.addAttribute("mayRetry", integrations.mayWrite());
        return "integrations/pushes";
    }

    // ---------------------------------------------------------------------------------------------------------

    /** What became of a retry, in words: Order push to ShipStation: sent (201), id 123456. */
    static String outcome(Push push) {
        var said = new StringBuilder(push.kind() == PushKind.ORDER ? "Order" : "Invoice")
                .append(" push to ")
                .append(push.integrationName())
                .append(": ")
                .append(push.status().name().toLowerCase(Locale.ROOT));
        if (push.lastResponseStatus() != null) {
            said.append(" (").append(push.lastResponseStatus()).append(")");
        }
        if (push.externalId() != null) {
            said.append(", id ").append(push.externalId());
        }
        if (push.status().hasFailed() && push.lastError() != null) {
            said.append(": ").append(push.lastError());
        }
        return said.append(".").toString();
    }

    /** A status among the queue's; anything else is none. */
    private static @Nullable PushStatus status(@Nullable String value) {
        var text = Forms.text(value);
        return text == null
                ? null
                : Arrays.stream(PushStatus.values())
                        .filter(s -> s.name().equalsIgnoreCase(text))
                        .findFirst()
                        .orElse(null);
    }

    /** The customer's buyers have no Pushes tab: it is not there for them. */
    private void staffOnly(UUID orderId) {
        if (actor.get().isBuyer()) {
            throw DomainException.notFound("order", orderId);
        }
    }
}
