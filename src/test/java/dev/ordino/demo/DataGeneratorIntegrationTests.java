package dev.ordino.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.TestDatabase;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load-test data generator: what it writes is what the application itself would have written (orders
 * read back, reviewed, searched and edited through the API), and a second run with the same seed adds nothing.
 */
class DataGeneratorIntegrationTests extends IntegrationTest {

    @Autowired
    DataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatedOrdersAreOrdersTheApiReadsReviewsSearchesAndEdits() {
        assumeTrue(TestDatabase.current().name().equals("postgres"), "the generator fills PostgreSQL");
        var seed = ThreadLocalRandom.current().nextInt(1_000, 1_000_000);
        var plan = new DataGenerator.Plan(300, 40, 25, seed);
        generator.generate(plan);

        assertThat(count("SELECT COUNT(*) FROM orders WHERE number LIKE :p", "G" + seed + "-%"))
                .isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM customers WHERE email LIKE :p", "%.s" + seed + "@gen.example"))
                .isEqualTo(40);
        assertThat(count("SELECT COUNT(DISTINCT status) FROM orders WHERE number LIKE :p", "G" + seed + "-%"))
                .as("orders in every status")
                .isGreaterThanOrEqualTo(9);
        assertThat(count(
                        "SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.number LIKE :p",
                        "G" + seed + "-%"))
                .isEqualTo(750); // 1 to 4 lines: 75 orders of each

        // an order with splits over two locations (every third), read back complete
        var split = api.get("/orders?q=G" + seed + "-3&limit=200").expect(200).json();
        String splitId = null;
        for (var item : split.at("/items")) {
            if (item.at("/number").asString().equals("G" + seed + "-3")) {
                splitId = item.at("/id").asString();
            }
        }
        assertThat(splitId).isNotNull();
        var order = api.get("/orders/" + splitId).expect(200).json();
        assertThat(order.at("/lines").size()).isEqualTo(4);
        for (var line : order.at("/lines")) {
            assertThat(line.at("/complete").asBoolean()).as(line.toString()).isTrue();
            var allocated = 0;
            for (var s : line.at("/splits")) {
                allocated += s.at("/quantity").asInt();
            }
            assertThat(allocated).isEqualTo(line.at("/quantity").asInt());
        }
        assertThat(order.at("/totals/subtotal/amount").asString()).isNotEqualTo("0.00");
        api.get("/orders/" + splitId + "/review").expect(200);
        api.get("/orders/" + splitId + "/timeline").expect(200);

        // a generated draft can be worked on like any other
        var draft = api.get("/orders?status=DRAFT&q=G" + seed + "-&limit=1")
                .expect(200)
                .json()
                .at("/items/0/id");
        api.patch("/orders/" + draft.asString(), Map.of("referenceId", "EDITED-" + seed))
                .expect(200);
        assertThat(api.get("/orders?q=EDITED-" + seed)
                        .expect(200)
                        .json()
                        .at("/items")
                        .size())
                .isEqualTo(1);

        // the same seed again adds nothing
        generator.generate(plan);
        assertThat(count("SELECT COUNT(*) FROM orders WHERE number LIKE :p", "G" + seed + "-%"))
                .isEqualTo(300);
        assertThat(count(
                        "SELECT COUNT(*) FROM order_notes n JOIN orders o ON o.id = n.order_id WHERE o.number LIKE :p",
                        "G" + seed + "-%"))
                .isEqualTo(30);
    }

    @Test
    void itRefusesAnyDatabaseButPostgres() {
        assumeTrue(TestDatabase.current().name().equals("h2"));
        assertThatThrownBy(() -> generator.generate(new DataGenerator.Plan(1, 1, 1, 1)))
                .hasMessageContaining("generate fills a PostgreSQL database");
    }

    private long count(String sql, String pattern) {
        return jdbc.sql(sql).param("p", pattern).query(Long.class).single();
    }
}
