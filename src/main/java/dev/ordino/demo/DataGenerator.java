package dev.ordino.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a PostgreSQL database with a large, varied data set for load tests ({@code java -jar ordino.jar
 * generate --orders 1000000 --customers 100000 --products 5000}): business and individual customers with
 * their delivery locations, a catalog with some items no longer purchasable, three channels, and orders in
 * every status with one to four lines, splits across two locations on a third of them, and notes.
 *
 * <p>Unlike the demo data, it writes the tables directly, set by set ({@code INSERT ... SELECT} over
 * {@code generate_series}), because going through the modules would take hours for a million orders (see
 * ADR 0004). Every id and value follows from the seed and the row's number, and every insert skips rows
 * that exist, so running it again with the same seed adds nothing and a larger count adds the rest.
 */
@Component
public class DataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

    /** What to generate; {@code seed} makes distinct data sets (ids, numbers, e-mails) that can live together. */
    public record Plan(int orders, int customers, int products, int seed) {

        public Plan {
            if (orders < 0 || customers < 1 || products < 1 || seed < 0) {
                throw new IllegalArgumentException(
                        "generate needs --customers and --products of 1 or more, --orders and --seed of 0 or more");
            }
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;

    DataGenerator(DataSource dataSource, TransactionTemplate transactions) {
        // Its own client, without the application's statement timeout: one statement writes a million rows.
        this.jdbc = JdbcClient.create(dataSource);
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    public void generate(Plan plan) {
        requirePostgres();
        var started = Instant.now();
        var params = Map.<String, Object>of(
                "seed", plan.seed(),
                "orders", plan.orders(),
                "customers", plan.customers(),
                "products", plan.products());
        step("channels", CHANNELS, params);
        step("products", PRODUCTS, params);
        step("catalog SKUs", SKUS, params);
        step("customers", CUSTOMERS, params);
        step("addresses", ADDRESSES, params);
        // Orders and what hangs off them reference rows written above, by construction; checking each
        // reference as it is written made the lines of a million orders take over ten minutes instead of
        // seconds. So they are written without the foreign-key triggers where the database allows it, and
        // checked as a whole after, in the same transaction.
        transactions.executeWithoutResult(tx -> {
            var trusted = withoutReferenceChecks();
            step("orders", ORDERS, params);
            step("lines", LINES, params);
            step("splits", SPLITS, params);
            step("notes", NOTES, params);
            if (trusted) {
                requireReferencesHold();
            }
        });
        // the sequence of order numbers moves past nothing here (generated numbers have their own prefix)
        jdbc.sql("ANALYZE").update();
        log.info(
                "Generated seed {}: {} orders, {} customers, {} products in {} s",
                plan.seed(),
                plan.orders(),
                plan.customers(),
                plan.products(),
                Duration.between(started, Instant.now()).toSeconds());
    }

    private void step(String what, String sql, Map<String, Object> params) {
        var started = Instant.now();
        var rows = jdbc.sql(sql).params(params).update();
        log.info(
                "{}: {} rows in {} ms",
                what,
                rows,
                Duration.between(started, Instant.now()).toMillis());
    }

    /** Turns the foreign-key triggers off for this transaction only; a superuser's right, else they stay on. */
    private boolean withoutReferenceChecks() {
        var superuser = jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class)
                .single();
        if (superuser) {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
        } else {
            log.info("Not a superuser: lines, splits and notes are written with their references checked one by one");
        }
        return superuser;
    }

    /** Every order, line, split and note points at rows that exist, or nothing is kept. */
    private void requireReferencesHold() {
        var dangling = jdbc.sql("""
                SELECT (SELECT count(*) FROM orders o
                        WHERE (o.customer_id IS NOT NULL
                               AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id))
                           OR NOT EXISTS (SELECT 1 FROM channels h WHERE h.id = o.channel_id))
                     + (SELECT count(*) FROM order_lines l
                        WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = l.order_id)
                           OR (l.product_id IS NOT NULL
                               AND NOT EXISTS (SELECT 1 FROM products p WHERE p.id = l.product_id)))
                     + (SELECT count(*) FROM order_line_splits s
                        WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.id = s.line_id))
                     + (SELECT count(*) FROM order_notes n
                        WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = n.order_id))""").query(Long.class).single();
        if (dangling > 0) {
            throw new IllegalStateException(dangling + " generated rows point at rows that do not exist; nothing kept");
        }
    }

    private void requirePostgres() {
        try (var connection = dataSource.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equals(product)) {
                throw new IllegalStateException("generate fills a PostgreSQL database; this one is " + product
                        + " (set SPRING_DATASOURCE_URL, e.g. jdbc:postgresql://127.0.0.1:5432/ordino)");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    // Ids are md5 hashes of the seed, a kind letter and the row's number, read as a UUID.

    private static final String CHANNELS = """
            INSERT INTO channels (id, code, name, description, is_internal, workflow, requires_terms, terms_version,
                terms_text, requires_billing_address, warehouse_group_id, open_to_buyers, version, created_at,
                updated_at)
            SELECT md5(:seed || ':h:' || c.n)::uuid, c.code || '-' || :seed, c.name || ' ' || :seed, c.description,
                c.internal, c.workflow, c.terms, CASE WHEN c.terms THEN '2026-01' END,
                CASE WHEN c.terms THEN 'Orders are reviewed for feasibility before they are accepted.' END,
                false, NULL, NOT c.internal, 1, now(), now()
            FROM (VALUES (1, 'gen-portal', 'Generated buyer portal', 'Purchase orders from customers'' teams', false,
                          'REVIEW', true),
                         (2, 'gen-wholesale', 'Generated wholesale', 'Orders entered by the sales team', true,
                          'DIRECT', false),
                         (3, 'gen-web', 'Generated web shop', 'Orders from the web shop and its API', false,
                          'DIRECT', false)) AS c(n, code, name, description, internal, workflow, terms)
            ON CONFLICT DO NOTHING""";

    private static final String PRODUCTS = """
            INSERT INTO products (id, sku, name, description, purchasable, currency, price_amount, tooling_amount,
                lead_time_days, weight_grams, tax_class, track_inventory, version, created_at, updated_at)
            SELECT md5(:seed || ':p:' || g)::uuid, 'GEN' || :seed || '-' || lpad(g::text, 6, '0'),
                (ARRAY['Steel','Brass','Oak','Nylon','Copper','Granite','Linen','Carbon'])[1 + g % 8] || ' '
                    || (ARRAY['bracket','valve','panel','hinge','gasket','bearing','lamp','chair','flange','sensor'])[1 + (g / 8) % 10]
                    || ' ' || g,
                'Generated item ' || g, g % 20 <> 0, 'USD', 5 + (g * 37) % 400 + 0.99,
                CASE WHEN g % 10 = 0 THEN 150.00 END, 3 + g % 30, 100 + (g * 13) % 5000,
                CASE WHEN g % 7 = 0 THEN 'reduced' END, false, 1,
                now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
            FROM generate_series(1, :products) g
            ON CONFLICT DO NOTHING""";

    private static final String SKUS = """
            INSERT INTO catalog_skus (sku_key, product_id)
            SELECT upper('GEN' || :seed || '-' || lpad(g::text, 6, '0')), md5(:seed || ':p:' || g)::uuid
            FROM generate_series(1, :products) g
            ON CONFLICT DO NOTHING""";

    private static final String CUSTOMERS = """
            INSERT INTO customers (id, type, email, email_key, first_name, last_name, phone, company_name,
                payment_terms, version, created_at, updated_at)
            SELECT md5(:seed || ':c:' || g)::uuid, CASE WHEN g % 3 = 0 THEN 'INDIVIDUAL' ELSE 'BUSINESS' END,
                'customer' || g || '.s' || :seed || '@gen.example', 'customer' || g || '.s' || :seed || '@gen.example',
                (ARRAY['Ada','Ben','Carla','Dev','Eva','Farid','Grace','Hugo','Ines','Jon'])[1 + g % 10],
                (ARRAY['Lovelace','Okafor','Nguyen','Schmidt','Garcia','Tanaka','Rossi','Novak','Silva','Moreau'])[1 + (g / 10) % 10]
                    || ' ' || g,
                '+1 555 ' || lpad((g % 10000)::text, 4, '0'),
                CASE WHEN g % 3 <> 0 THEN (ARRAY['Northwind','Contoso','Initech','Globex','Umbrella','Stark'])[1 + g % 6]
                    || ' ' || (ARRAY['Manufacturing','Retail','Logistics','Rentals'])[1 + (g / 6) % 4] || ' ' || g END,
                CASE WHEN g % 3 = 0 THEN 'IMMEDIATE' ELSE (ARRAY['IMMEDIATE','NET_7','NET_14','NET_30'])[1 + g % 4] END,
                1, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
            FROM generate_series(1, :customers) g
            ON CONFLICT DO NOTHING""";

    /** Two delivery locations per customer: plants for a business, home and work for a person. */
    private static final String ADDRESSES = """
            INSERT INTO customer_addresses (id, customer_id, position, label, line1, city, region, postal_code, country)
            SELECT md5(:seed || ':a:' || g || ':' || p)::uuid, md5(:seed || ':c:' || g)::uuid, p,
                CASE WHEN g % 3 = 0 THEN (ARRAY['Home','Work'])[p + 1] ELSE 'Plant ' || (p + 1) END,
                (g * 7 + p) % 900 + 1 || ' ' || (ARRAY['Foundry Road','Mill Street','Harbour Lane','Elm Avenue','Main Street'])[1 + (g + p) % 5],
                (ARRAY['Dayton','Toledo','Seattle','Austin','Denver','Boston'])[1 + (g + p) % 6],
                (ARRAY['OH','OH','WA','TX','CO','MA'])[1 + (g + p) % 6],
                lpad(((g * 31 + p) % 90000 + 10000)::text, 5, '0'), 'US'
            FROM generate_series(1, :customers) g, generate_series(0, 1) p
            ON CONFLICT DO NOTHING""";

    /**
     * Orders in every status; line k of order g is product ((g * 31 + k * 17) mod products) + 1, quantity
     * 1 + (g + k) mod 9, so the totals can be summed here without reading the lines back.
     */
    private static final String ORDERS = """
            INSERT INTO orders (id, number, number_key, status, payment_status, fulfillment_status, channel_id,
                customer_id, customer_type, customer_email, customer_name, customer_contact, currency, order_date,
                reference_id, notes, shipping_label, shipping_line1, shipping_city, shipping_region,
                shipping_postal_code, shipping_country, billing_label, billing_line1, billing_city, billing_region,
                billing_postal_code, billing_country, subtotal_amount, total_amount, version, created_at, updated_at,
                workflow, status_before_hold, status_reason)
            SELECT md5(:seed || ':o:' || g)::uuid, 'G' || :seed || '-' || g, upper('G' || :seed || '-' || g), s.status,
                CASE WHEN s.status IN ('CONFIRMED','PARTIALLY_FULFILLED','FULFILLED') AND g % 2 = 0 THEN 'PAID'
                     ELSE 'UNPAID' END,
                CASE WHEN s.status IN ('PARTIALLY_FULFILLED','FULFILLED') THEN s.status ELSE 'UNFULFILLED' END,
                md5(:seed || ':h:' || s.channel)::uuid, c.id, c.type, c.email,
                CASE WHEN c.type = 'BUSINESS' THEN c.company_name ELSE c.first_name || ' ' || c.last_name END,
                c.first_name || ' ' || c.last_name, 'USD', DATE '2026-11-24' - (g % 730)::int,
                CASE WHEN g % 4 <> 0 THEN 'PO-' || :seed || '-' || (g * 7919) % 1000000 END,
                CASE WHEN g % 25 = 0 THEN 'Deliver to the loading dock before noon' END,
                a.label, a.line1, a.city, a.region, a.postal_code, a.country,
                a.label, a.line1, a.city, a.region, a.postal_code, a.country,
                t.subtotal, t.subtotal, 1,
                TIMESTAMP WITH TIME ZONE '2026-11-24 12:00:00+00' - ((g % 730) || ' days')::interval
                    - ((g % 1440) || ' minutes')::interval,
                TIMESTAMP WITH TIME ZONE '2026-11-24 12:00:00+00' - ((g % 730) || ' days')::interval,
                CASE WHEN s.channel = 1 THEN 'REVIEW' ELSE 'DIRECT' END,
                CASE WHEN s.status = 'ON_HOLD' THEN 'CONFIRMED' END,
                CASE WHEN s.status = 'ON_HOLD' THEN 'Credit check'
                     WHEN s.status = 'CANCELLED' THEN 'Customer withdrew'
                     WHEN s.status = 'REJECTED' THEN 'Dates cannot be met' END
            FROM generate_series(1::bigint, :orders) g
            CROSS JOIN LATERAL (SELECT
                (ARRAY['DRAFT','DRAFT','SUBMITTED','PENDING','PENDING','CONFIRMED','CONFIRMED','CONFIRMED',
                       'CONFIRMED','ON_HOLD','CANCELLED','PARTIALLY_FULFILLED','FULFILLED','FULFILLED','FULFILLED',
                       'REJECTED','PENDING','CONFIRMED','DRAFT','CONFIRMED'])[1 + (g * 13) % 20] AS status) s0
            -- submitted and rejected orders come from the reviewing portal (1), placed ones from a DIRECT channel
            CROSS JOIN LATERAL (SELECT s0.status AS status,
                CASE WHEN s0.status IN ('SUBMITTED','REJECTED') THEN 1
                     WHEN s0.status = 'PENDING' THEN 2 + g % 2
                     ELSE 1 + g % 3 END AS channel) s
            JOIN customers c ON c.id = md5(:seed || ':c:' || (1 + (g * 7919) % :customers))::uuid
            JOIN customer_addresses a ON a.id = md5(:seed || ':a:' || (1 + (g * 7919) % :customers) || ':0')::uuid
            CROSS JOIN LATERAL (
                SELECT sum((1 + (g + k) % 9) * (5 + (((g * 31 + k * 17) % :products + 1) * 37) % 400 + 0.99)) AS subtotal
                FROM generate_series(0, g % 4) k) t
            ON CONFLICT DO NOTHING""";

    private static final String LINES = """
            INSERT INTO order_lines (id, order_id, position, product_id, sku, title, quantity, unit_price_amount,
                delivery_mode, custom, taxable, weight_grams, lead_time_days, tooling_amount)
            SELECT md5(:seed || ':l:' || g || ':' || k)::uuid, md5(:seed || ':o:' || g)::uuid, k, p.id, p.sku, p.name,
                1 + (g + k) % 9, p.price_amount, 'STANDARD', false, true, p.weight_grams, p.lead_time_days,
                p.tooling_amount
            FROM generate_series(1::bigint, :orders) g
            CROSS JOIN LATERAL generate_series(0, (g % 4)::int) k
            -- by the SKU's primary key: an index lookup per line, never a scan of the catalog
            JOIN catalog_skus cs
                ON cs.sku_key = 'GEN' || :seed || '-' || lpad(((g * 31 + k * 17) % :products + 1)::text, 6, '0')
            JOIN products p ON p.id = cs.product_id
            ON CONFLICT DO NOTHING""";

    /** A third of the orders split each line across the customer's two locations (half and the rest). */
    private static final String SPLITS = """
            INSERT INTO order_line_splits (id, line_id, order_id, position, location_id, label, line1, city, region,
                postal_code, country, quantity)
            SELECT md5(:seed || ':s:' || l.id || ':' || a.position)::uuid, l.id, l.order_id, a.position, a.id,
                a.label, a.line1, a.city, a.region, a.postal_code, a.country,
                CASE WHEN a.position = 0 THEN l.quantity / 2 ELSE l.quantity - l.quantity / 2 END
            FROM orders o
            JOIN order_lines l ON l.order_id = o.id
            JOIN customer_addresses a ON a.customer_id = o.customer_id
            WHERE o.number LIKE 'G' || :seed || '-%' AND split_part(o.number, '-', 2)::bigint % 3 = 0
                AND (a.position = 1 OR l.quantity >= 2)
            ON CONFLICT DO NOTHING""";

    private static final String NOTES = """
            INSERT INTO order_notes (id, order_id, text, author, created_at)
            SELECT md5(:seed || ':n:' || g)::uuid, o.id,
                (ARRAY['Customer called about the delivery date','Split confirmed with the plant manager',
                       'Asked for a quote on expedited shipping','Invoice to the purchasing department'])[1 + g % 4],
                'generator', now()
            FROM orders o
            CROSS JOIN LATERAL (SELECT split_part(o.number, '-', 2)::bigint AS g) n
            WHERE o.number LIKE 'G' || :seed || '-%' AND g % 10 = 0
            ON CONFLICT DO NOTHING""";
}
