package dev.ordino.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outbox shows the web links of an e-mail's text clickable, and nothing else as markup. */
class LinkedTextTests {

    @Test
    void webLinksAreCutOutOfTheText() {
        assertThat(LinkedText.split("Pay here: https://shop.example/checkout/abc?x=1. Thanks"))
                .containsExactly(
                        new LinkedText("Pay here: ", false),
                        new LinkedText("https://shop.example/checkout/abc?x=1", true),
                        new LinkedText(". Thanks", false));
    }

    @Test
    void onlyHttpAndHttpsAreLinks() {
        assertThat(LinkedText.split("javascript:alert(1) ftp://x <b>http</b>"))
                .containsExactly(new LinkedText("javascript:alert(1) ftp://x <b>http</b>", false));
    }

    @Test
    void aTextWithoutLinksIsOnePart() {
        assertThat(LinkedText.split("")).isEqualTo(List.of());
        assertThat(LinkedText.split("http://a.test")).containsExactly(new LinkedText("http://a.test", true));
    }
}
