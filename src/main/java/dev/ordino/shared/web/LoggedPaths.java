package dev.ordino.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * A request's path as the logs may show it: the credentials some paths carry (a checkout link's token, an
 * integration's inbound secret) are masked, so reading the logs does not let anyone pay or post as them.
 */
public final class LoggedPaths {

    private static final Pattern CREDENTIAL = Pattern.compile("(/checkout/|/inbound/)[^/]+");

    private LoggedPaths() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRequestURI());
    }

    static String of(String path) {
        return CREDENTIAL.matcher(path).replaceAll("$1***");
    }
}
