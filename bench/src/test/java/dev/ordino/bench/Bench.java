package dev.ordino.bench;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every simulation shares: where the service is, the token, the load, and the data the generator made
 * ({@code java -jar ordino.jar generate --seed S ...}). The generator derives every id from the seed and the
 * row's number (an md5 read as a UUID), so the harness knows customers, their locations and SKUs without
 * asking the service first.
 *
 * <p>Set with system properties: {@code -DbaseUrl=http://localhost:8080 -Dtoken=... -Dusers=8 -Dseconds=60
 * -Dseed=0 -Dcustomers=100000 -Dproducts=5000}.
 */
final class Bench {

    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    static final String TOKEN = System.getProperty("token", "bench-token");
    static final int USERS = Integer.getInteger("users", 8);
    static final int SECONDS = Integer.getInteger("seconds", 60);
    static final int SEED = Integer.getInteger("seed", 0);
    static final int CUSTOMERS = Integer.getInteger("customers", 100_000);
    static final int PRODUCTS = Integer.getInteger("products", 5_000);

    private Bench() {}

    /** One connection pool for all virtual users, the way an integrator's HTTP client calls an API. */
    static HttpProtocolBuilder api() {
        return http.baseUrl(BASE_URL + "/api/v1")
                .authorizationHeader("Bearer " + TOKEN)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .shareConnections();
    }

    static int anyCustomer() {
        return 1 + ThreadLocalRandom.current().nextInt(CUSTOMERS);
    }

    static UUID customerId(int customer) {
        return generatedId("c:" + customer);
    }

    /** Location 0 or 1 of a generated customer (every customer has two). */
    static UUID locationId(int customer, int location) {
        return generatedId("a:" + customer + ":" + location);
    }

    /** The generator's reviewing channel: terms to accept, then a reviewer accepts or rejects. */
    static UUID reviewChannelId() {
        return generatedId("h:1");
    }

    /** Distinct purchasable products (the generator makes every twentieth one not purchasable). */
    static int[] purchasableProducts(int count) {
        var chosen = new int[count];
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            int product;
            do {
                product = 1 + random.nextInt(PRODUCTS);
            } while (product % 20 == 0 || contains(chosen, i, product));
            chosen[i] = product;
        }
        return chosen;
    }

    static String sku(int product) {
        return "GEN%d-%06d".formatted(SEED, product);
    }

    /** The generator's product name, e.g. "Brass valve 17". */
    static String productName(int product) {
        String[] materials = {"Steel", "Brass", "Oak", "Nylon", "Copper", "Granite", "Linen", "Carbon"};
        String[] kinds = {"bracket", "valve", "panel", "hinge", "gasket", "bearing", "lamp", "chair", "flange", "sensor"};
        return materials[product % 8] + " " + kinds[(product / 8) % 10] + " " + product;
    }

    /** The name the orders view shows: the company for a business, the person for an individual. */
    static String customerName(int customer) {
        String[] companies = {"Northwind", "Contoso", "Initech", "Globex", "Umbrella", "Stark"};
        String[] trades = {"Manufacturing", "Retail", "Logistics", "Rentals"};
        String[] first = {"Ada", "Ben", "Carla", "Dev", "Eva", "Farid", "Grace", "Hugo", "Ines", "Jon"};
        String[] last = {"Lovelace", "Okafor", "Nguyen", "Schmidt", "Garcia", "Tanaka", "Rossi", "Novak", "Silva", "Moreau"};
        if (customer % 3 != 0) {
            return companies[customer % 6] + " " + trades[(customer / 6) % 4] + " " + customer;
        }
        return first[customer % 10] + " " + last[(customer / 10) % 10] + " " + customer;
    }

    static String customerEmail(int customer) {
        return "customer%d.s%d@gen.example".formatted(customer, SEED);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** The generator's {@code md5(seed || ':' || kind)::uuid}. */
    private static UUID generatedId(String kind) {
        try {
            var hex = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5")
                            .digest((SEED + ":" + kind).getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                    + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
