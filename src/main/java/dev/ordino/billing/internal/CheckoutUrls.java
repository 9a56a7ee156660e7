package dev.ordino.billing.internal;

import dev.ordino.billing.CheckoutLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where a checkout link points: {@code ordino.public-url} + {@code /checkout/} + its token. */
@Component
public class CheckoutUrls {

    private final CheckoutSecret secret;
    private final String publicUrl;

    CheckoutUrls(CheckoutSecret secret, @Value("${ordino.public-url}") String publicUrl) {
        this.secret = secret;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The URL customers open. */
    public String url(CheckoutLinks.Link link) {
        return publicUrl + "/checkout/" + secret.tokens().token(link.nonce());
    }

    /** The link as staff copy it. */
    public CheckoutLink shown(CheckoutLinks.Link link) {
        var token = secret.tokens().token(link.nonce());
        return new CheckoutLink(publicUrl + "/checkout/" + token, token, link.expiresAt());
    }
}
