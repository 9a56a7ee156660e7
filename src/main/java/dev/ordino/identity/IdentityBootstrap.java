package dev.ordino.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start without a person at the keyboard: {@code ORDINO_BOOTSTRAP_TOKEN} becomes a service token with
 * every scope, and {@code ORDINO_ADMIN_EMAIL} + {@code ORDINO_ADMIN_PASSWORD} create the first admin when
 * there is no user yet. With none of them, the log shows a one-time link to a page that creates the first
 * admin. Runs before the demo data. An {@code ORDINO_ADMIN_PASSWORD} that {@link PasswordPolicy} refuses stops the
 * start with a message that says why.
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityManagement identity;
    private final SetupLink setup;
    private final org.springframework.core.env.Environment environment;
    private final String token;
    private final String adminEmail;
    private final String adminPassword;

    IdentityBootstrap(
            IdentityManagement identity,
            SetupLink setup,
            org.springframework.core.env.Environment environment,
            @Value("${ordino.bootstrap-token:}") String token,
            @Value("${ordino.admin-email:}") String adminEmail,
            @Value("${ordino.admin-password:}") String adminPassword) {
        this.identity = identity;
        this.setup = setup;
        this.environment = environment;
        this.token = token;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!token.isBlank()) {
            identity.bootstrapToken(token);
            log.info("The bootstrap token (ORDINO_BOOTSTRAP_TOKEN) is an API token with every scope");
        }
        if (identity.countUsers() == 0) {
            if (!adminEmail.isBlank() && !adminPassword.isBlank()) {
                // Refused loudly: started without the admin the operator asked for, nobody could sign in.
                PasswordPolicy.problem(adminPassword).ifPresent(problem -> {
                    throw new IllegalStateException("ORDINO_ADMIN_PASSWORD is refused: " + problem.message());
                });
                identity.createUser(new NewUser(adminEmail, "Administrator", Role.ADMIN, null, adminPassword));
                log.info("Created the first admin from ORDINO_ADMIN_EMAIL");
            } else if (token.isBlank()) {
                // The one secret the log ever shows: without it nobody could get in.
                log.warn(
                        "There is no user yet. Create the first admin at {}/setup?key={} (once), or set"
                                + " ORDINO_BOOTSTRAP_TOKEN, or ORDINO_ADMIN_EMAIL and ORDINO_ADMIN_PASSWORD",
                        "http://localhost:" + environment.getProperty("local.server.port", "8080"),
                        setup.open());
            }
        }
    }
}
