package dev.ordino.orders.web;

import dev.ordino.orders.OrderId;
import dev.ordino.orders.OrderManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * For a buyer, another customer's order is "not found" before anything else is looked at: checked ahead of
 * reading and validating the request body, so that neither a 422 nor a 409 can tell that such an order exists.
 */
@Configuration(proxyBeanMethods = false)
class OrderVisibility implements WebMvcConfigurer, HandlerInterceptor {

    private final OrderManagement orders;
    private final CurrentActor actor;

    OrderVisibility(OrderManagement orders, CurrentActor actor) {
        this.orders = orders;
        this.actor = actor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/orders/*", "/api/v1/orders/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!actor.get().isBuyer()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var id = variables == null ? null : variables.get("id");
        if (id != null) {
            UUID orderId;
            try {
                orderId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                return true;
            }
            if (orders.find(OrderId.of(orderId)).isEmpty()) {
                throw DomainException.notFound("Order", orderId);
            }
        }
        return true;
    }
}
