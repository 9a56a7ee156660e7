package dev.ordino.identity.web;

import dev.ordino.identity.IdentityManagement;
import dev.ordino.identity.NewUser;
import dev.ordino.identity.Role;
import dev.ordino.identity.SetupLink;
import dev.ordino.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/** The first-admin page behind the one-time link the log shows on a first start without credentials. */
@Controller
class SetupController {

    private final IdentityManagement identity;
    private final SetupLink link;

    SetupController(IdentityManagement identity, SetupLink link) {
        this.identity = identity;
        this.link = link;
    }

    @GetMapping(path = "/setup", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> form(@RequestParam(required = false) String key, HttpServletRequest request) {
        if (!link.accepts(key) || identity.hasAdmin()) {
            return ResponseEntity.notFound().build();
        }
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return ResponseEntity.ok("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ordino: first admin</title></head>
                <body><h1>Create the first admin</h1>
                <form method="post" action="/setup">
                <input type="hidden" name="%s" value="%s"><input type="hidden" name="key" value="%s">
                <p><label>E-mail <input name="email" type="email" required></label></p>
                <p><label>Name <input name="name" required></label></p>
                <p><label>Password (12 to 72 bytes, not a common one) <input name="password" type="password" minlength="12" required></label></p>
                <p><button>Create</button></p></form></body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(csrf.getParameterName()),
                        HtmlUtils.htmlEscape(csrf.getToken()),
                        HtmlUtils.htmlEscape(key)));
    }

    @PostMapping(path = "/setup", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> create(
            @RequestParam String key,
            @RequestParam String email,
            @RequestParam String name,
            @RequestParam String password) {
        // The key first: a wrong one, however many arrive, costs no database query.
        if (!link.accepts(key) || identity.hasAdmin()) {
            return ResponseEntity.notFound().build();
        }
        try {
            identity.createUser(new NewUser(email, name, Role.ADMIN, null, password));
        } catch (DomainException e) {
            return ResponseEntity.unprocessableEntity()
                    .body("<!doctype html><p>" + HtmlUtils.htmlEscape(e.getMessage()) + ". Go back and try again.</p>");
        }
        link.use(key);
        return ResponseEntity.ok(
                "<!doctype html><p>The admin is created. <a href=\"/login\">Sign in</a>; this link works no more.</p>");
    }
}
