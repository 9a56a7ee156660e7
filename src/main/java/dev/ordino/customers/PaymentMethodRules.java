package dev.ordino.customers;

import dev.ordino.shared.FieldProblem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a payment method on file must be: a provider's name, its token, a brand, the last four digits and an expiry
 * that has not passed. Card numbers never enter Ordino (it is not the place to keep them: PCI DSS), so a token or
 * customer id that holds 13 to 19 digits in a row, as a card number does, is refused, and {@code last4} is exactly
 * four digits.
 */
final class PaymentMethodRules {

    static final int MAX_TOKEN = 255;
    static final int MAX_BRAND = 40;

    private static final Pattern PROVIDER = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");
    /** 13 to 19 digits in a row, once spaces and dashes (as people type card numbers) are taken out. */
    private static final Pattern CARD_NUMBER = Pattern.compile("(?<!\\d)\\d{13,19}(?!\\d)");

    private PaymentMethodRules() {}

    static List<FieldProblem> problemsOf(NewPaymentMethod method, YearMonth now) {
        var problems = new ArrayList<FieldProblem>();
        var provider = method.provider();
        if (blank(provider)) {
            problems.add(new FieldProblem("/provider", "required", "provider is required"));
        } else if (!PROVIDER.matcher(provider.trim()).matches()) {
            problems.add(new FieldProblem(
                    "/provider", "pattern", "provider is a provider's name in lower case, such as stripe"));
        }
        checkToken(problems, "/token", "token", method.token(), true);
        checkToken(problems, "/providerCustomerId", "providerCustomerId", method.providerCustomerId(), false);
        if (blank(method.brand())) {
            problems.add(new FieldProblem("/brand", "required", "brand is required"));
        } else if (method.brand().trim().length() > MAX_BRAND) {
            problems.add(new FieldProblem("/brand", "size", "brand is at most " + MAX_BRAND + " characters long"));
        }
        if (method.last4() == null || !LAST4.matcher(method.last4()).matches()) {
            problems.add(new FieldProblem("/last4", "pattern", "last4 is the card's last four digits, no more"));
        }
        var month = method.expMonth();
        var year = method.expYear();
        if (month == null) {
            problems.add(new FieldProblem("/expMonth", "required", "expMonth is required"));
        } else if (month < 1 || month > 12) {
            problems.add(new FieldProblem("/expMonth", "range", "expMonth is a month, 1 to 12"));
        }
        if (year == null) {
            problems.add(new FieldProblem("/expYear", "required", "expYear is required"));
        } else if (year < 2000 || year > 2199) {
            problems.add(new FieldProblem("/expYear", "range", "expYear is a year of four digits, such as 2030"));
        } else if (month != null
                && month >= 1
                && month <= 12
                && YearMonth.of(year, month).isBefore(now)) {
            problems.add(
                    new FieldProblem("/expYear", "expired", "the card expired at the end of " + month + "/" + year));
        }
        return problems;
    }

    /** True when the text holds what looks like a card number. */
    static boolean looksLikeACardNumber(String text) {
        return CARD_NUMBER.matcher(text.replace(" ", "").replace("-", "")).find();
    }

    private static void checkToken(
            List<FieldProblem> problems, String pointer, String field, @Nullable String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(pointer, "required", field + " is required"));
            }
            return;
        }
        if (looksLikeACardNumber(value)) {
            problems.add(new FieldProblem(
                    pointer,
                    "cardNumber",
                    field + " looks like a card number: send the provider's token (such as pm_...), never the card"
                            + " number"));
        } else if (value.trim().length() > MAX_TOKEN) {
            problems.add(new FieldProblem(pointer, "size", field + " is at most " + MAX_TOKEN + " characters long"));
        } else if (value.trim().chars().anyMatch(Character::isWhitespace)) {
            problems.add(new FieldProblem(pointer, "pattern", field + " has no spaces"));
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
