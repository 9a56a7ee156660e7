package dev.ordino.billing.internal.payments;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Stripe is enabled when {@code ordino.payments.stripe.api-key} has a value (an empty one leaves it off). */
class StripeConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("ordino.payments.stripe.api-key"));
    }
}
