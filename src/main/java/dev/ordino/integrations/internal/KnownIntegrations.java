package dev.ordino.integrations.internal;

import dev.ordino.channels.IntegrationDirectory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The integrations, as channels ask for them before a channel pushes to one (channels do not import this module). */
@Component
class KnownIntegrations implements IntegrationDirectory {

    private final Integrations integrations;

    KnownIntegrations(Integrations integrations) {
        this.integrations = integrations;
    }

    @Override
    public Optional<Choice> find(UUID integrationId) {
        return integrations.find(integrationId).map(KnownIntegrations::choice);
    }

    @Override
    public List<Choice> choices() {
        return integrations.list().stream().map(KnownIntegrations::choice).toList();
    }

    private static Choice choice(Integrations.Stored integration) {
        var type = integration.type();
        return new Choice(
                integration.id(),
                integration.name(),
                type.name(),
                type.takesOrders(),
                type.takesInvoices(),
                type.fields());
    }
}
