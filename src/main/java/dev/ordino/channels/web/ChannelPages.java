package dev.ordino.channels.web;

import dev.ordino.channels.ChannelChanges;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.ChannelQuery;
import dev.ordino.channels.NewChannel;
import dev.ordino.channels.Workflow;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The channel settings: where orders come from and how they are handled (reviewed or placed directly, terms
 * to accept, a billing address, prices with tax, a deposit).
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
     * channel's page only: a new channel gets the default (closed to buyers if internal).
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
            Long version) {

        List<String> tagList() {
            return tags == null
                    ? List.of()
                    : Arrays.stream(tags.split(","))
                            .map(String::trim)
                            .filter(t -> !t.isEmpty())
                            .toList();
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
                            null));
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("warehouseGroups", channels.warehouseGroupChoices());
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
                    null,
                    null,
                    null)));
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
                            channel.version()));
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("warehouseGroups", channels.warehouseGroupChoices());
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
                    null,
                    null,
                    null));
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
                                    "warehouseGroupId")),
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

    private static boolean yes(Boolean checked) {
        return Boolean.TRUE.equals(checked);
    }
}
