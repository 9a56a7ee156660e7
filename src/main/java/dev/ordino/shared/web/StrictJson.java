package dev.ordino.shared.web;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read strictly: a value of the wrong JSON type is a 422 naming the field, never converted. Without
 * this, {@code "quantity": 2.5} would be stored as 2 and {@code "name": 12345} as "12345". Decimal fields still
 * take strings, because money amounts are decimal strings. Dates and timestamps must fall in the years 1 to 9999,
 * and text must be text a database can store as sent: no NUL character, no half of a surrogate pair.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * Dates and timestamps in the years 1 to 9999 ({@link FourDigitYears}), and strings without NUL or unpaired
     * surrogates, which PostgreSQL refuses (a 409 "conflict" it was not) or silently turns into '?', while H2 keeps
     * them: anything else is a 422 naming the field, on every database alike.
     */
    @Bean
    JsonMapperBuilderCustomizer storableValues() {
        var module = new SimpleModule("storable-values").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                if (bean.getBeanClass() == String.class) {
                    return new Refusing(deserializer, UNSTORABLE_TEXT);
                }
                return Temporal.class.isAssignableFrom(bean.getBeanClass())
                        ? new Refusing(deserializer, YEAR_OUT_OF_RANGE)
                        : deserializer;
            }
        });
        return builder -> builder.addModule(module);
    }

    /** Whether the text holds a NUL character or half of a surrogate pair. */
    static boolean unstorable(String text) {
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The error that refuses a value read into a field, or null when the value is taken. */
    @FunctionalInterface
    private interface Refusal {

        DatabindException of(JsonParser parser, Object value);
    }

    private static final Refusal UNSTORABLE_TEXT = (parser, value) -> value instanceof String text && unstorable(text)
            ? DatabindException.from(parser, "must not contain a NUL character (\\u0000) or half of a surrogate pair")
            : null;

    private static final Refusal YEAR_OUT_OF_RANGE = (parser, value) -> value instanceof TemporalAccessor temporal
                    && !FourDigitYears.contain(temporal)
            ? InvalidFormatException.from(parser, "a year outside 1 to 9999", value.toString(), value.getClass())
            : null;

    /** Reads a value as the wrapped deserializer does, then refuses it if the refusal says so. */
    private static final class Refusing extends DelegatingDeserializer {

        private final Refusal refusal;

        Refusing(ValueDeserializer<?> delegate, Refusal refusal) {
            super(delegate);
            this.refusal = refusal;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Refusing(delegate, refusal);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            var value = super.deserialize(parser, context);
            var refused = refusal.of(parser, value);
            if (refused != null) {
                throw refused;
            }
            return value;
        }
    }
}
