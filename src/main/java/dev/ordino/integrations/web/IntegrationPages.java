package dev.ordino.integrations.web;

import dev.ordino.integrations.ConnectionTest;
import dev.ordino.integrations.Integration;
import dev.ordino.integrations.IntegrationChanges;
import dev.ordino.integrations.IntegrationLimits;
import dev.ordino.integrations.IntegrationManagement;
import dev.ordino.integrations.IntegrationType;
import dev.ordino.integrations.NewIntegration;
import dev.ordino.integrations.PushStatus;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The integrations' settings (Luminous, step 2): the list with New integration, an integration's page with its
 * settings, its inbound URL for the far side's webhook, Test connection and the fulfilment updates it received;
 * and the channel form's Send a test order. Secrets are write-only: the pages say whether one is set, and a
 * secret left blank is kept. {@link IntegrationManagement} decides who may change what.
 */
@PageController
@RequestMapping("/integrations")
class IntegrationPages {

    static final int UPDATES_PAGE = 50;

    private final IntegrationManagement integrations;
    private final Forms forms;

    IntegrationPages(IntegrationManagement integrations, Forms forms) {
        this.integrations = integrations;
        this.forms = forms;
    }

    /**
     * The form of a new integration and of an integration's settings: every type's settings, of which only the
     * chosen type's are used. Secrets come back blank; left blank on an integration's page, they stay as they are.
     * {@code headers}: a WMS's headers, one {@code Name: value} a line.
     */
    record IntegrationForm(
            @Nullable IntegrationType type,
            @Nullable String name,
            @Nullable String baseUrl,
            @Nullable String apiKey,
            @Nullable String apiSecret,
            @Nullable String storeId,
            @Nullable String headers,
            @Nullable String realmId,
            @Nullable String accessToken,
            @Nullable String itemId,
            @Nullable Long version) {

        static IntegrationForm blank() {
            return new IntegrationForm(
                    IntegrationType.SHIPSTATION, null, null, null, null, null, null, null, null, null, null);
        }

        /** An integration's settings as its page shows them: the plain ones filled in, the secrets blank. */
        static IntegrationForm of(Integration integration) {
            var s = integration.settings();
            return new IntegrationForm(
                    integration.type(),
                    integration.name(),
                    integration.baseUrl(),
                    null,
                    null,
                    s.get("storeId"),
                    null,
                    s.get("realmId"),
                    null,
                    s.get("itemId"),
                    integration.version());
        }

        /** What was typed for the setting, as text; {@code null} when left blank. */
        @Nullable
        String typed(String setting) {
            return Forms.text(
                    switch (setting) {
                        case "apiKey" -> apiKey;
                        case "apiSecret" -> apiSecret;
                        case "storeId" -> storeId;
                        case "headers" -> headers;
                        case "realmId" -> realmId;
                        case "accessToken" -> accessToken;
                        case "itemId" -> itemId;
                        default -> null;
                    });
        }
    }

    // --- the list and New integration ------------------------------------------------------------------------

    @GetMapping
    String list(Model model) {
        model.addAttribute("integrations", integrations.list());
        var failed = integrations.pushes(PushStatus.FAILED, PageRequest.of(PageRequest.MAX_LIMIT, null));
        model.addAttribute("failedPushes", failed.items().size());
        model.addAttribute("moreFailedPushes", failed.nextCursor() != null);
        model.addAttribute("types", IntegrationType.values());
        model.addAttribute("mayWrite", integrations.mayWrite());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", IntegrationForm.blank());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "integrations/list";
    }

    @PostMapping
    String create(@ModelAttribute("form") IntegrationForm form, Model model, RedirectAttributes redirect) {
        try {
            var type = form.type();
            var settings = new LinkedHashMap<String, Object>();
            var problems = new ArrayList<FieldProblem>();
            if (type != null) {
                for (var setting : settingsOf(type)) {
                    try {
                        var value = value(setting, form.typed(setting));
                        if (value != null) {
                            settings.put(setting, value);
                        }
                    } catch (DomainException e) {
                        problems.addAll(e.errors());
                    }
                }
            }
            // a type not chosen is reported at /type by the record's own constraint
            var request = new NewIntegration(type, text(form.name()), text(form.baseUrl()), settings);
            try {
                forms.valid(request);
            } catch (DomainException e) {
                problems.addAll(e.errors());
            }
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
            var created = integrations.create(request);
            redirect.addFlashAttribute("notice", "Integration " + created.name() + " created.");
            return "redirect:/integrations/" + created.id();
        } catch (DomainException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("errors", Forms.errors(e));
            model.addAttribute("creating", true);
            return list(model);
        }
    }

    // --- an integration's page -------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String integration(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        var integration = integrations.get(id);
        model.addAttribute("integration", integration);
        model.addAttribute("inboundUrl", absolute(integration.inboundUrl()));
        model.addAttribute("updates", integrations.inboundUpdates(id, PageRequest.of(UPDATES_PAGE, cursor)));
        model.addAttribute("mayWrite", integrations.mayWrite());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", IntegrationForm.of(integration));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "integrations/integration";
    }

    /** Saves what was typed: a changed name, base URL or plain setting, and each secret typed anew. */
    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") IntegrationForm form,
            Model model,
            RedirectAttributes redirect) {
        var current = integrations.get(id);
        try {
            var present = new HashSet<String>();
            var name = text(form.name());
            if (!name.equals(current.name())) {
                present.add("name");
            }
            var baseUrl = text(form.baseUrl());
            if (!baseUrl.equals(current.baseUrl())) {
                present.add("baseUrl");
            }
            var settings = new LinkedHashMap<String, @Nullable Object>();
            for (var setting : current.type().plainSettings()) {
                var typed = form.typed(setting);
                if (!Objects.equals(typed, current.settings().get(setting))) {
                    settings.put(setting, typed);
                }
            }
            for (var setting : current.type().secretSettings()) {
                var value = value(setting, form.typed(setting));
                if (value != null) {
                    settings.put(setting, value);
                }
            }
            if (!settings.isEmpty()) {
                present.add("settings");
            }
            // a setting sent as null clears it, as in the API's merge patch
            Map<String, Object> changedSettings = settings;
            var changes = forms.valid(new IntegrationChanges(
                    present.contains("name") ? name : null,
                    present.contains("baseUrl") ? baseUrl : null,
                    present.contains("settings") ? changedSettings : null));
            var saved = integrations.update(id, new Patch<>(changes, present), form.version());
            redirect.addFlashAttribute("notice", "Integration " + saved.name() + " saved.");
            return "redirect:/integrations/" + id;
        } catch (DomainException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("errors", Forms.errors(e, "this integration"));
            return integration(id, null, model);
        }
    }

    /** Test connection: calls the far side with the settings kept; how it went, as the page's flash. */
    @PostMapping("/{id}/test")
    String testConnection(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            var test = integrations.testConnection(id);
            flash(test, "Connection works", "Connection failed", redirect);
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/integrations/" + id;
    }

    /** The channel form's Send a test order: a made-up order of the channel, pushed at once; back to the channel. */
    @PostMapping("/channels/{channelId}/test-order")
    String sendTestOrder(@PathVariable UUID channelId, RedirectAttributes redirect) {
        try {
            var test = integrations.sendTestOrder(channelId);
            flash(test, "Test order sent", "Test order failed", redirect);
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/channels/" + channelId;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<String> settingsOf(IntegrationType type) {
        var all = new ArrayList<String>(type.plainSettings());
        all.addAll(type.secretSettings());
        return all;
    }

    /** A setting as the API takes it: text, or for a WMS's headers an object of names and values. */
    private static @Nullable Object value(String setting, @Nullable String typed) {
        if (typed == null) {
            return null;
        }
        return "headers".equals(setting) ? headers(typed) : typed;
    }

    /** {@code Name: value} lines as headers; a line without a name before a colon is refused where it is. */
    static Map<String, String> headers(String lines) {
        var headers = new LinkedHashMap<String, String>();
        var problems = new ArrayList<FieldProblem>();
        var all = lines.split("\\R");
        for (int i = 0; i < all.length; i++) {
            var line = all[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            var colon = line.indexOf(':');
            if (colon < 1) {
                problems.add(new FieldProblem(
                        "/settings/headers",
                        "format",
                        "line " + (i + 1) + " is not a header: write one Name: value a line"));
                continue;
            }
            headers.put(
                    line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        if (headers.size() > IntegrationLimits.MAX_HEADERS) {
            problems.add(new FieldProblem(
                    "/settings/headers", "size", "at most " + IntegrationLimits.MAX_HEADERS + " headers"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return headers;
    }

    /** The inbound URL to paste into the far side: a path made absolute with this server's address. */
    private static @Nullable String absolute(@Nullable String url) {
        if (url == null || !url.startsWith("/")) {
            return url;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(url).toUriString();
    }

    private static void flash(ConnectionTest test, String ok, String failed, RedirectAttributes redirect) {
        var status = test.responseStatus() == null ? "" : " (" + test.responseStatus() + ")";
        var detail = test.detail().isBlank() ? "" : ": " + test.detail();
        if (test.ok()) {
            redirect.addFlashAttribute("notice", ok + status + detail);
        } else {
            redirect.addFlashAttribute("problem", failed + status + detail);
        }
    }

    /** A refused step: its messages as the flash of the page it came from; an unknown thing stays a 404. */
    static void refused(DomainException e, RedirectAttributes redirect) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("problem", String.join(" ", Forms.errors(e).values()));
    }

    /** Typed text, trimmed; empty when left blank, so that validation names the field. */
    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
