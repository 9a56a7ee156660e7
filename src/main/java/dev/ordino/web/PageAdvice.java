package dev.ordino.web;

import dev.ordino.shared.Actor;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.web.Forms;
import dev.ordino.shared.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every page gets: the signed-in caller for the navigation and the user menu, and an error page for a
 * domain error no form handled (another customer's order is "not found", as in the API).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private final CurrentActor actor;

    PageAdvice(CurrentActor actor) {
        this.actor = actor;
    }

    @ModelAttribute("me")
    Actor me() {
        return actor.get();
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e.type().status());
        model.addAttribute("me", actor.get());
        model.addAttribute("status", e.type().status());
        model.addAttribute("title", e.type().title());
        model.addAttribute("messages", Forms.errors(e).values());
        return "error";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("me", actor.get());
        model.addAttribute("status", 400);
        model.addAttribute("title", "Bad request");
        var field = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        model.addAttribute("messages", java.util.List.of("The value of " + field + " is missing or not valid."));
        return "error";
    }
}
