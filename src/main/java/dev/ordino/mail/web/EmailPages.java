package dev.ordino.mail.web;

import dev.ordino.mail.MailManagement;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.web.PageController;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The outbox for staff: what was sent, what waits and what failed, filtered by order; and each message with its
 * links clickable (a checkout link can be opened from it) and its attachments downloadable. Without SMTP, a banner
 * says that e-mails stay here instead of being sent.
 */
@PageController
@RequestMapping("/emails")
class EmailPages {

    private final MailManagement mail;

    EmailPages(MailManagement mail) {
        this.mail = mail;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String orderId,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        UUID order = null;
        if (orderId != null && !orderId.isBlank()) {
            try {
                order = UUID.fromString(orderId.strip());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("?orderId", "uuid", "The order id is not a valid id.");
            }
        }
        model.addAttribute("page", mail.list(order, PageRequest.of(PageRequest.DEFAULT_LIMIT, cursor)));
        model.addAttribute("orderId", order == null ? "" : order.toString());
        model.addAttribute("smtpConfigured", mail.smtpConfigured());
        return "mail/list";
    }

    @GetMapping("/{id}")
    String message(@PathVariable UUID id, Model model) {
        var stored = mail.find(id).orElseThrow(() -> DomainException.notFound("E-mail", id));
        model.addAttribute("stored", stored);
        model.addAttribute("email", stored.email());
        model.addAttribute("segments", LinkedText.split(stored.text()));
        model.addAttribute("smtpConfigured", mail.smtpConfigured());
        return "mail/message";
    }

    @GetMapping("/{id}/attachments/{index}")
    @ResponseBody
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int index) {
        return EmailApiController.Attachments.download(mail.attachment(id, index)
                .orElseThrow(() -> DomainException.notFound("Attachment " + index + " of e-mail", id)));
    }
}
