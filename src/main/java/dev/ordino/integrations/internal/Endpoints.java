package dev.ordino.integrations.internal;

import dev.ordino.shared.DomainException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An integration made ready to call: its secrets decrypted, its base URL checked against {@link Targets}. */
@Component
public class Endpoints {

    private final Integrations integrations;
    private final Secrets secrets;
    private final Targets targets;

    Endpoints(Integrations integrations, Secrets secrets, Targets targets) {
        this.integrations = integrations;
        this.secrets = secrets;
        this.targets = targets;
    }

    @Transactional(readOnly = true)
    public Endpoint of(UUID integrationId) {
        return of(integrations
                .find(integrationId)
                .orElseThrow(() -> DomainException.notFound("Integration", integrationId)));
    }

    public Endpoint of(Integrations.Stored integration) {
        var baseUrl = URI.create(integration.baseUrl());
        targets.require(baseUrl);
        Map<String, Object> decrypted =
                integration.secrets() == null ? Map.of() : secrets.decrypt(integration.secrets());
        return new Endpoint(integration.id(), integration.type(), baseUrl, integration.settings(), decrypted);
    }

    /** The far side asked us to wait (a 429): nothing goes to it before {@code until}. */
    public void throttle(UUID integrationId, Instant until) {
        integrations.throttle(integrationId, until);
    }
}
