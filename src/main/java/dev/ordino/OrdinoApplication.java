package dev.ordino;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Ordino: an order management system for businesses that sell to businesses and consumers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OrdinoApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdinoApplication.class, args);
    }
}
