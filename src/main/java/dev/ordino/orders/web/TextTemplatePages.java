package dev.ordino.orders.web;

import dev.ordino.orders.NewTextTemplate;
import dev.ordino.orders.TextTemplateChanges;
import dev.ordino.orders.TextTemplateKind;
import dev.ordino.orders.TextTemplateManagement;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.Patch;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's text templates page: list, create, edit and delete (the same rules as the API). */
@PageController
@RequestMapping("/text-templates")
class TextTemplatePages {

    private final TextTemplateManagement templates;
    private final Forms forms;

    TextTemplatePages(TextTemplateManagement templates, Forms forms) {
        this.templates = templates;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.list(null));
        model.addAttribute("T_NOTE", TextTemplateKind.NOTE);
        if (!model.containsAttribute("templateProblem")) {
            model.addAttribute("templateProblem", null);
        }
        return "orders/text-templates";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) TextTemplateKind kind,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return change(redirect, "Template created.", () -> {
            templates.requireMayWrite();
            templates.create(forms.valid(new NewTextTemplate(kind, Forms.text(name), Forms.text(text))));
        });
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return change(redirect, "Template saved.", () -> {
            var changes = forms.valid(new TextTemplateChanges(Forms.text(name), Forms.text(text)));
            templates.update(id, new Patch<>(changes, Set.of("name", "text")), version);
        });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(redirect, "Template deleted.", () -> templates.delete(id));
    }

    private static String change(RedirectAttributes redirect, String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e.type().status() == 404 || e.type().status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute(
                    "templateProblem",
                    String.join("; ", Forms.errors(e, "this template").values()));
        }
        return "redirect:/text-templates";
    }
}
