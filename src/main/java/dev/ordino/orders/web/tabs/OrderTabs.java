package dev.ordino.orders.web.tabs;

import dev.ordino.channels.ChannelManagement;
import dev.ordino.orders.Order;
import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts the order page's header into a tab's model, as every order page shows it: the order ({@link OrderHeading}),
 * the tab, the actions the caller may take, whether it may edit, its channel, and whether every line is complete.
 */
@Component
public class OrderTabs {

    private final OrderManagement orders;
    private final ChannelManagement channels;

    OrderTabs(OrderManagement orders, ChannelManagement channels) {
        this.orders = orders;
        this.channels = channels;
    }

    /** Reads the order (404 when the caller may not see it), fills the header for {@code tab} and returns it. */
    public Order header(UUID orderId, String tab, Model model) {
        var order = orders.get(OrderId.of(orderId));
        model.addAttribute("order", OrderHeading.of(order));
        model.addAttribute("tab", tab);
        model.addAttribute("actions", orders.actionsFor(order));
        model.addAttribute("editable", orders.mayEdit(order));
        model.addAttribute("channel", channels.find(order.channelId()).orElse(null));
        model.addAttribute(
                "allComplete",
                !order.lines().isEmpty() && order.lines().stream().allMatch(order::isComplete));
        return order;
    }
}
