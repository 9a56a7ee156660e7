package dev.ordino.shared.web;

import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Currency;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI document describes Java types that travel as something else in JSON: a {@link Currency} is its
 * ISO 4217 code ({@code "USD"}), not an object with the fields of {@code java.util.Currency}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiTypes {

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        Currency.class, new StringSchema().example("USD").description("An ISO 4217 currency code"));
    }
}
