package dev.ordino.web;

import dev.ordino.shared.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages that belong to no module: the start page and the sign-in form. */
@PageController
class ShellPages {

    /** Staff and buyers both start at the orders they may see. */
    @GetMapping("/")
    String home() {
        return "redirect:/orders";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
