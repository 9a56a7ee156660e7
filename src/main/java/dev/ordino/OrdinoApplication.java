package dev.ordino;

import dev.ordino.demo.DataGenerator;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Ordino: an order management system for businesses that sell to businesses and consumers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OrdinoApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            generate(args);
            return;
        }
        SpringApplication.run(OrdinoApplication.class, args);
    }

    /**
     * {@code generate --orders N --customers N --products N [--seed N]}: fills the configured PostgreSQL
     * database with load-test data and exits (no web server, no demo data). Spring settings may follow as
     * {@code --name=value}.
     */
    private static void generate(String[] args) {
        var options = new java.util.HashMap<String, Integer>(
                Map.of("orders", 100_000, "customers", 10_000, "products", 1_000, "seed", 1));
        var springArgs = new ArrayList<String>();
        for (int i = 1; i < args.length; i++) {
            var name = args[i].startsWith("--") ? args[i].substring(2) : args[i];
            if (options.containsKey(name) && i + 1 < args.length) {
                options.put(name, Integer.parseInt(args[++i].replace("_", "")));
            } else if (args[i].startsWith("--") && args[i].contains("=")) {
                springArgs.add(args[i]);
            } else {
                throw new IllegalArgumentException(
                        "generate takes --orders, --customers, --products and --seed, not " + args[i]);
            }
        }
        var app = new SpringApplication(OrdinoApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("ordino.demo-data", "false"));
        try (var context = app.run(springArgs.toArray(String[]::new))) {
            context.getBean(DataGenerator.class)
                    .generate(new DataGenerator.Plan(
                            options.get("orders"),
                            options.get("customers"),
                            options.get("products"),
                            options.get("seed")));
        }
    }
}
