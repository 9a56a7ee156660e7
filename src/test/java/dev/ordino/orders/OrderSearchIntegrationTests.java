package dev.ordino.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.OrderFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The search box has two ways to find orders: with few matches it collects them (by the trigram indexes on
 * PostgreSQL) and sorts them; with many it walks the orders newest first and keeps the ones that match. With
 * the limit between the two set to 3 here, both run on a handful of orders; they must find the same orders.
 */
@TestPropertySource(properties = "ordino.orders.search-match-limit=3")
class OrderSearchIntegrationTests extends IntegrationTest {

    @Test
    void aSearchWithManyMatchesFindsTheSameOrdersAsOneWithFew() {
        var fx = new OrderFixtures(api);
        var marker = fx.marker();
        var product =
                fx.aProduct("VLV").named("Brass valve " + marker).priced("8.00").create();
        var customer =
                fx.aBusinessCustomer("many").company("Northwind " + marker).create();

        // Five orders of one customer (many matches by name), two of them with the valve (few by product).
        var orders = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var lines = i % 2 == 0 ? List.of() : List.of(Map.of("productId", product.id(), "quantity", 1));
            orders.add(api.post("/orders", Map.of("customerId", customer.id(), "lines", lines))
                    .expect(201)
                    .at("/id"));
        }
        var newestFirst = new ArrayList<>(orders);
        Collections.reverse(newestFirst);
        var withValve = List.of(orders.get(3), orders.get(1));

        assertThat(search("northwind%20" + marker, 10)).containsExactlyElementsOf(newestFirst);
        assertThat(search("brass%20valve%20" + marker, 10)).containsExactlyElementsOf(withValve);
        assertThat(search(product.sku().toLowerCase(), 10)).containsExactlyElementsOf(withValve);
        // walking newest first pages with the same cursor as a sorted set
        assertThat(search("northwind%20" + marker, 2)).containsExactlyElementsOf(newestFirst);
        assertThat(search("nowhere-" + marker, 10)).isEmpty();
    }

    /** Every page of a search, the ids in the order they came. */
    private List<String> search(String q, int limit) {
        var ids = new ArrayList<String>();
        String cursor = null;
        do {
            var page = api.get("/orders?q=" + q + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200)
                    .json();
            page.at("/items").forEach(item -> ids.add(item.at("/id").asString()));
            cursor = page.at("/nextCursor").isNull()
                    ? null
                    : page.at("/nextCursor").asString();
        } while (cursor != null);
        return ids;
    }
}
