package dev.ordino.web;

import dev.ordino.OrdinoApplication;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The orders view over 100,000 orders (200,000 lines) in PostgreSQL: the first page, and a filtered search
 * (a customer's name, a status and a date range). Each sample is one page request of a signed-in clerk on
 * localhost, so it is the server's time plus a loopback round trip. Needs the local PostgreSQL
 * ({@code ORDINO_BENCH_DB}, default {@code jdbc:postgresql://127.0.0.1:5432/}, user postgres); it makes a
 * fresh database and drops it afterwards. Run it with
 * {@code ./mvnw -Pbenchmarks -DskipTests test-compile exec:exec -Dbenchmark=OrdersViewBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class OrdersViewBenchmark {

    static final int ORDERS = 100_000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String server = envOr("ORDINO_BENCH_DB", "jdbc:postgresql://127.0.0.1:5432/");
    private final String database = "ordino_bench_" + System.currentTimeMillis();
    private ConfigurableApplicationContext app;
    private HttpClient browser;
    private String base;

    @Setup
    public void start() throws Exception {
        sql("postgres", "CREATE DATABASE " + database);
        app = SpringApplication.run(
                OrdinoApplication.class,
                "--server.port=0",
                "--spring.datasource.url=" + server + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--ordino.demo-data=false",
                "--ordino.admin-email=bench@example.com",
                "--ordino.admin-password=a bench password",
                "--logging.level.dev.ordino.requests=WARN");
        base = "http://localhost" + ":" + app.getEnvironment().getProperty("local.server.port");
        seed();
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn();
        check(firstPage(), "BN-" + ORDERS);
        check(filteredSearch(), "Customer 42");
    }

    /** 100,000 orders over 1,000 customers, five statuses and a year of creation dates, two lines each. */
    private void seed() throws SQLException {
        sql(database, """
                INSERT INTO orders (id, number, number_key, status, payment_status, fulfillment_status, channel_id,
                    customer_id, customer_type, customer_email, customer_name, customer_contact, currency, order_date,
                    reference_id, subtotal_amount, total_amount, version, created_at, updated_at, workflow)
                SELECT md5('o' || g)::uuid, 'BN-' || g, 'BN-' || g,
                    (ARRAY['DRAFT','SUBMITTED','CONFIRMED','PENDING','CANCELLED'])[1 + g % 5], 'UNPAID', 'UNFULFILLED',
                    '00000000-0000-0000-0000-000000000001', md5('c' || (g % 1000))::uuid,
                    CASE WHEN g % 3 = 0 THEN 'INDIVIDUAL' ELSE 'BUSINESS' END,
                    'buyer' || (g % 1000) || '@example.com', 'Customer ' || (g % 1000), 'Contact ' || (g % 1000),
                    'USD', DATE '2026-01-01' + (g % 330), 'PO-' || g, 100.00 + g % 50, 108.25 + g % 50, 1,
                    TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + (g || ' minutes')::interval * 4,
                    TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + (g || ' minutes')::interval * 4, 'DIRECT'
                FROM generate_series(1, {orders}) g""".replace("{orders}", Integer.toString(ORDERS)));
        sql(database, """
                INSERT INTO order_lines (id, order_id, position, sku, title, quantity, unit_price_amount, delivery_mode,
                    custom, taxable)
                SELECT md5('l' || g || '-' || p)::uuid, md5('o' || g)::uuid, p, 'SKU-' || (g % 500) || '-' || p,
                    'Product ' || (g % 500) || '-' || p, 1 + g % 7, 12.50, 'STANDARD', false, true
                FROM generate_series(1, {orders}) g, generate_series(0, 1) p""".replace("{orders}", Integer.toString(ORDERS)));
        sql(database, "ANALYZE");
    }

    private void signIn() throws Exception {
        var form = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        var body = "username=" + URLEncoder.encode("bench@example.com", StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode("a bench password", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Benchmark
    public String firstPage() throws Exception {
        return get("/orders");
    }

    @Benchmark
    public String filteredSearch() throws Exception {
        return get("/orders?q=customer+42&status=CONFIRMED&createdFrom=2026-02-01&createdTo=2026-10-31");
    }

    private String get(String path) throws Exception {
        var response = browser.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static void check(String page, String expected) {
        if (!page.contains(expected)) {
            throw new IllegalStateException("the orders view does not show " + expected);
        }
    }

    @TearDown
    public void stop() throws SQLException {
        if (app != null) {
            app.close();
        }
        sql("postgres", "DROP DATABASE IF EXISTS " + database);
    }

    private void sql(String db, String statement) throws SQLException {
        try (var connection = DriverManager.getConnection(server + db, "postgres", "");
                var s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
