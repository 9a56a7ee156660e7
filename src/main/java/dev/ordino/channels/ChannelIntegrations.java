package dev.ordino.channels;

import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a channel's integration settings: an order push names an integration that takes orders, invoicing
 * names one that takes invoices, invoice first is invoiced on placement, and each mapping row reads an order field
 * that exists (a JSON Pointer whose first step is one of {@link FieldMapping#ORDER_FIELDS}) into a field the integration knows
 * (when it names its fields), each target once.
 */
final class ChannelIntegrations {

    /** RFC 6901: each step after a slash, with ~ only as ~0 or ~1. */
    private static final Pattern POINTER = Pattern.compile("(/([^~/]|~[01])*)+");

    private ChannelIntegrations() {}

    static List<FieldProblem> problemsOf(Channel channel, @Nullable IntegrationDirectory directory) {
        var problems = new ArrayList<FieldProblem>();
        var push = channel.orderPush();
        IntegrationDirectory.Choice pushTo = null;
        if (push != null && directory != null) {
            pushTo = directory.find(push.integrationId()).orElse(null);
            if (pushTo == null) {
                problems.add(new FieldProblem(
                        "/orderPush/integrationId",
                        "exists",
                        "integration " + push.integrationId() + " does not exist"));
            } else if (!pushTo.takesOrders()) {
                problems.add(new FieldProblem(
                        "/orderPush/integrationId",
                        "type",
                        pushTo.name() + " is a " + pushTo.type() + " integration: orders go to ShipStation or a WMS"));
                pushTo = null;
            }
        }
        var invoicing = channel.invoicing();
        if (invoicing != null) {
            if (invoicing.effectiveFlow() == Invoicing.Flow.INVOICE_FIRST
                    && invoicing.timing() == Invoicing.Timing.ON_SHIPMENT) {
                problems.add(new FieldProblem(
                        "/invoicing/timing",
                        "conflict",
                        "invoice first makes the invoice as the order is placed: its timing is ON_ORDER"));
            }
            var accountingId = invoicing.accountingIntegrationId();
            if (accountingId != null && directory != null) {
                var accounting = directory.find(accountingId);
                if (accounting.isEmpty()) {
                    problems.add(new FieldProblem(
                            "/invoicing/accountingIntegrationId",
                            "exists",
                            "integration " + accountingId + " does not exist"));
                } else if (!accounting.get().takesInvoices()) {
                    problems.add(new FieldProblem(
                            "/invoicing/accountingIntegrationId",
                            "type",
                            accounting.get().name() + " is a "
                                    + accounting.get().type() + " integration: invoices go to QuickBooks"));
                }
            }
        }
        problems.addAll(mappingProblems(channel.fieldMappings(), pushTo));
        return problems;
    }

    private static List<FieldProblem> mappingProblems(
            List<FieldMapping> mappings, IntegrationDirectory.@Nullable Choice pushTo) {
        var problems = new ArrayList<FieldProblem>();
        if (mappings.size() > FieldMapping.MAX_MAPPINGS) {
            problems.add(new FieldProblem(
                    "/fieldMappings", "size", "a channel maps at most " + FieldMapping.MAX_MAPPINGS + " fields"));
            return problems;
        }
        var targets = new HashSet<String>();
        for (int i = 0; i < mappings.size(); i++) {
            var mapping = mappings.get(i);
            var at = "/fieldMappings/" + i;
            var sourceProblem = sourceProblem(mapping.source());
            if (sourceProblem != null) {
                problems.add(new FieldProblem(at + "/source", "pointer", sourceProblem));
            }
            var target = mapping.target();
            if (target.isEmpty()) {
                problems.add(new FieldProblem(at + "/target", "required", "the 3PL field name is required"));
            } else if (target.length() > FieldMapping.MAX_LENGTH) {
                problems.add(new FieldProblem(
                        at + "/target", "size", "a field name is at most " + FieldMapping.MAX_LENGTH + " characters"));
            } else if (!targets.add(target.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(at + "/target", "unique", target + " is mapped twice"));
            } else if (pushTo != null
                    && !pushTo.fields().isEmpty()
                    && !pushTo.fields().contains(target)) {
                problems.add(new FieldProblem(
                        at + "/target",
                        "unknown",
                        pushTo.name() + " has no field " + target + "; its fields: "
                                + String.join(
                                        ", ", pushTo.fields().stream().sorted().toList())));
            }
        }
        return problems;
    }

    /** Why {@code source} is not a field of the pushed order, or {@code null} when it is one. */
    static @Nullable String sourceProblem(String source) {
        if (source.isEmpty()) {
            return "the Ordino field is required, as a JSON Pointer such as /referenceId";
        }
        if (source.length() > FieldMapping.MAX_LENGTH
                || !POINTER.matcher(source).matches()) {
            return source + " is not a JSON Pointer (such as /referenceId or /shippingAddress/postalCode)";
        }
        var first = source.substring(1).split("/", -1)[0].replace("~1", "/").replace("~0", "~");
        if (!FieldMapping.ORDER_FIELDS.contains(first)) {
            return "an order has no field " + first + "; its fields: "
                    + String.join(
                            ", ", FieldMapping.ORDER_FIELDS.stream().sorted().toList());
        }
        return null;
    }
}
