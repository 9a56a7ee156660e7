package dev.ordino.channels.web;

import dev.ordino.channels.ChannelChanges;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.ChannelQuery;
import dev.ordino.channels.FieldMapping;
import dev.ordino.channels.IntegrationDirectory;
import dev.ordino.channels.Invoicing;
import dev.ordino.channels.NewChannel;
import dev.ordino.channels.OrderPush;
import dev.ordino.channels.Workflow;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The channel settings: where orders come from and how they are handled (reviewed or placed directly, terms
 * to accept, a billing address, prices with tax, a deposit), and where they go (Luminous, steps 2 to 4): the
 * integration its sales orders are pushed to, the outgoing custom field mapping, and invoicing.
 */
@PageController
@RequestMapping("/channels")
class ChannelPages {

    private final ChannelManagement channels;
    private final Forms forms;

    ChannelPages(ChannelManagement channels, Forms forms) {
        this.channels = channels;
        this.forms = forms;
    }

    /**
     * The settings form; check boxes that are not ticked arrive as {@code null}. {@code openToBuyers} is on the
     * channel's page only: a new channel gets the default (closed to buyers if internal). The mapping table comes
     * as two lists, {@code mappingSource} and {@code mappingTarget}, a row at the same index of both.
     */
    record ChannelForm(
            String code,
            String name,
            String description,
            String tags,
            Boolean internal,
            Workflow workflow,
            Boolean requiresTerms,
            String termsVersion,
            String termsText,
            Boolean requiresBillingAddress,
            Boolean pricesIncludeTax,
            Integer depositPercent,
            Boolean openToBuyers,
            Boolean notifyOrderConfirmation,
            Boolean notifyShipped,
            UUID warehouseGroupId,
            @Nullable Boolean pushOrders,
            @Nullable String pushIntegrationId,
            @Nullable String delayMinutes,
            @Nullable String pushStore,
            @Nullable Boolean pushFulfillmentUpdates,
            @Nullable List<String> mappingSource,
            @Nullable List<String> mappingTarget,
            @Nullable String invoiceTiming,
            @Nullable String invoiceFlow,
            @Nullable String accountingIntegrationId,
            Long version) {

        /** Blank rows the mapping table offers to fill in. */
        static final int BLANK_MAPPING_ROWS = 3;

        List<String> tagList() {
            return tags == null
                    ? List.of()
                    : Arrays.stream(tags.split(","))
                            .map(String::trim)
                            .filter(t -> !t.isEmpty())
                            .toList();
        }

        /** The rows of the mapping table that were filled in, in their order; a row left blank is no row. */
        List<FieldMapping> fieldMappings() {
            var sources = mappingSource == null ? List.<String>of() : mappingSource;
            var targets = mappingTarget == null ? List.<String>of() : mappingTarget;
            var rows = new ArrayList<FieldMapping>();
            for (int i = 0; i < Math.max(sources.size(), targets.size()); i++) {
                var source = i < sources.size() ? trimmed(sources.get(i)) : "";
                var target = i < targets.size() ? trimmed(targets.get(i)) : "";
                if (!source.isEmpty() || !target.isEmpty()) {
                    rows.add(new FieldMapping(source, target));
                }
            }
            return rows;
        }

        /**
         * The table as the page shows it: the rows filled in (so that a problem at {@code /fieldMappings/1} is
         * next to the second of them), then blank rows to add more.
         */
        public List<FieldMapping> mappingRows() {
            var rows = new ArrayList<>(fieldMappings());
            for (int i = 0; i < BLANK_MAPPING_ROWS && rows.size() < FieldMapping.MAX_MAPPINGS; i++) {
                rows.add(new FieldMapping("", ""));
            }
            return rows;
        }

        /** Push sales orders to an OMS: ticked, to the integration chosen; not ticked, no push. */
        @Nullable
        OrderPush orderPush() {
            if (!yes(pushOrders)) {
                return null;
            }
            var problems = new ArrayList<FieldProblem>();
            UUID integration = null;
            Integer delay = null;
            try {
                integration = Forms.choice(pushIntegrationId, "/orderPush/integrationId");
                if (integration == null) {
                    problems.add(new FieldProblem(
                            "/orderPush/integrationId", "required", "choose the integration its orders are pushed to"));
                }
            } catch (DomainException e) {
                problems.addAll(e.errors());
            }
            try {
                delay = Forms.wholeNumber(delayMinutes, "/orderPush/delayMinutes");
            } catch (DomainException e) {
                problems.addAll(e.errors());
            }
            if (integration == null || !problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
            return new OrderPush(integration, delay, yes(pushFulfillmentUpdates), Forms.text(pushStore));
        }

        /** Invoicing: none unless a timing is chosen. */
        @Nullable
        Invoicing invoicing() {
            var timing = Forms.text(invoiceTiming);
            if (timing == null) {
                return null;
            }
            var flow = Forms.text(invoiceFlow);
            try {
                return new Invoicing(
                        Invoicing.Timing.valueOf(timing),
                        flow == null ? null : Invoicing.Flow.valueOf(flow),
                        Forms.choice(accountingIntegrationId, "/invoicing/accountingIntegrationId"));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("/invoicing/timing", "format", "is not one of the choices");
            }
        }

        private static String trimmed(@Nullable String value) {
            return value == null ? "" : value.trim();
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(
                "channels",
                channels.list(new ChannelQuery(null, null, null, "code"), PageRequest.of(PageRequest.MAX_LIMIT, null))
                        .items());
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new ChannelForm(
                            null,
                            null,
                            null,
                            null,
                            false,
                            Workflow.DIRECT,
                            false,
                            null,
                            null,
                            false,
                            false,
                            null,
                            null,
                            true,
                            true,
                            null,
                            false,
                            null,
                            null,
                            null,
                            false,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("warehouseGroups", channels.warehouseGroupChoices());
        integrationChoices(model);
        return "channels/list";
    }

    @PostMapping
    String create(@ModelAttribute ChannelForm form, Model model, RedirectAttributes redirect) {
        try {
            var channel = channels.create(forms.valid(new NewChannel(
                    form.code(),
                    form.name(),
                    Forms.text(form.description()),
                    form.tagList(),
                    yes(form.internal()),
                    form.workflow(),
                    yes(form.requiresTerms()),
                    Forms.text(form.termsVersion()),
                    Forms.text(form.termsText()),
                    yes(form.requiresBillingAddress()),
                    form.warehouseGroupId(),
                    null,
                    yes(form.pricesIncludeTax()),
                    form.depositPercent(),
                    null,
                    yes(form.notifyOrderConfirmation()),
                    yes(form.notifyShipped()),
                    form.orderPush(),
                    form.fieldMappings(),
                    form.invoicing())));
            redirect.addFlashAttribute("notice", "Channel " + channel.name() + " created.");
            return "redirect:/channels/" + channel.id();
        } catch (DomainException e) {
            model.addAttribute("form", form);
            list(model);
            model.addAttribute("errors", Forms.errors(e));
            model.addAttribute("creating", true);
            return "channels/list";
        }
    }

    @GetMapping("/{id}")
    String channel(@PathVariable UUID id, Model model) {
        var channel = channels.get(id);
        model.addAttribute("channel", channel);
        if (!model.containsAttribute("form")) {
            var push = channel.orderPush();
            var invoicing = channel.invoicing();
            model.addAttribute(
                    "form",
                    new ChannelForm(
                            channel.code(),
                            channel.name(),
                            channel.description(),
                            String.join(", ", channel.tags()),
                            channel.internal(),
                            channel.workflow(),
                            channel.requiresTerms(),
                            channel.termsVersion(),
                            channel.termsText(),
                            channel.requiresBillingAddress(),
                            channel.pricesIncludeTax(),
                            channel.depositPercent(),
                            channel.openToBuyers(),
                            channel.notifyOrderConfirmation(),
                            channel.notifyShipped(),
                            channel.warehouseGroupId(),
                            push != null,
                            push == null ? null : push.integrationId().toString(),
                            push == null || push.delayMinutes() == null
                                    ? null
                                    : push.delayMinutes().toString(),
                            push == null ? null : push.store(),
                            push != null && push.pushFulfillmentUpdates(),
                            channel.fieldMappings().stream()
                                    .map(FieldMapping::source)
                                    .toList(),
                            channel.fieldMappings().stream()
                                    .map(FieldMapping::target)
                                    .toList(),
                            invoicing == null ? null : invoicing.timing().name(),
                            invoicing == null ? null : invoicing.effectiveFlow().name(),
                            invoicing == null || invoicing.accountingIntegrationId() == null
                                    ? null
                                    : invoicing.accountingIntegrationId().toString(),
                            channel.version()));
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("warehouseGroups", channels.warehouseGroupChoices());
        integrationChoices(model);
        return "channels/channel";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute ChannelForm form, Model model, RedirectAttributes redirect) {
        try {
            var changes = forms.valid(new ChannelChanges(
                    form.code(),
                    form.name(),
                    Forms.text(form.description()),
                    form.tagList(),
                    yes(form.internal()),
                    form.workflow(),
                    yes(form.requiresTerms()),
                    Forms.text(form.termsVersion()),
                    Forms.text(form.termsText()),
                    yes(form.requiresBillingAddress()),
                    form.warehouseGroupId(),
                    null,
                    yes(form.pricesIncludeTax()),
                    form.depositPercent(),
                    yes(form.openToBuyers()),
                    yes(form.notifyOrderConfirmation()),
                    yes(form.notifyShipped()),
                    form.orderPush(),
                    form.fieldMappings(),
                    form.invoicing()));
            channels.update(
                    id,
                    new Patch<>(
                            changes,
                            Set.of(
                                    "code",
                                    "name",
                                    "description",
                                    "tags",
                                    "internal",
                                    "workflow",
                                    "requiresTerms",
                                    "termsVersion",
                                    "termsText",
                                    "requiresBillingAddress",
                                    "pricesIncludeTax",
                                    "depositPercent",
                                    "openToBuyers",
                                    "notifyOrderConfirmation",
                                    "notifyShipped",
                                    "warehouseGroupId",
                                    "orderPush",
                                    "fieldMappings",
                                    "invoicing")),
                    form.version());
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/channels/" + id;
        } catch (DomainException e) {
            model.addAttribute("form", form);
            channel(id, model);
            model.addAttribute("errors", Forms.errors(e, "this channel"));
            return "channels/channel";
        }
    }

    /** The integrations the form offers: those that take sales orders, and those that take invoices. */
    private void integrationChoices(Model model) {
        var choices = channels.integrationChoices();
        model.addAttribute(
                "orderIntegrations",
                choices.stream()
                        .filter(IntegrationDirectory.Choice::takesOrders)
                        .toList());
        model.addAttribute(
                "accountingIntegrations",
                choices.stream()
                        .filter(IntegrationDirectory.Choice::takesInvoices)
                        .toList());
    }

    private static boolean yes(@Nullable Boolean checked) {
        return Boolean.TRUE.equals(checked);
    }
}
