package dev.ordino.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One order (or one of its invoices) kept in step with one integration: its status, how many attempts it took,
 * the last response status and error, the far side's id ({@code externalId}: ShipStation's orderId, QuickBooks'
 * Invoice.Id), the key the far side knows it by ({@code externalKey}: the orderKey or requestid, the same on every
 * attempt) and when it is due. {@code history}: every attempt, newest first (only on a single order's pushes).
 */
public record Push(
        UUID id,
        UUID integrationId,
        String integrationName,
        IntegrationType integrationType,
        UUID orderId,
        String orderNumber,
        @Nullable UUID invoiceId,
        PushKind kind,
        PushStatus status,
        int attempts,
        @Nullable Integer lastResponseStatus,
        @Nullable String lastError,
        @Nullable String externalId,
        String externalKey,
        Instant dueAt,
        List<PushAttempt> history,
        Instant createdAt,
        Instant updatedAt) {

    public Push {
        history = List.copyOf(history);
    }

    /** Staff may send it again now. */
    public boolean retryable() {
        return status.allowsRetry();
    }
}
