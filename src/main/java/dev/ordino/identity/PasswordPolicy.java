package dev.ordino.identity;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rule, wherever a password is set (a user created or changed over the API, the first-admin
 * page, {@code ORDINO_ADMIN_PASSWORD}): 12 to 72 bytes in UTF-8 (bcrypt reads no further than 72 bytes), and
 * not a common password. Common means: on the shipped list ({@code common-passwords.txt}), or a listed word with
 * digits or symbols around it ({@code P@ssw0rd2024!}), a run of one character, a short pattern repeated, a
 * sequence ({@code abcdef...}, {@code 123456...}) or a walk along the keyboard ({@code 1q2w3e4r...}).
 */
public final class PasswordPolicy {

    public static final int MIN_BYTES = 12;
    public static final int MAX_BYTES = 72;
    public static final String RULE = "a password is " + MIN_BYTES + " to " + MAX_BYTES
            + " bytes in UTF-8 and not a common one (a listed password, a sequence, a keyboard walk or a repetition)";

    private static final Set<String> COMMON = load();
    private static final List<String> KEYBOARD_WALKS = walks(
            "1234567890-=",
            "!@#$%^&*()_+",
            "qwertyuiopasdfghjklzxcvbnm",
            "qwertzuiopasdfghjklyxcvbnm",
            "azertyuiopqsdfghjklmwxcvbn",
            "qwertyuiop[]\\asdfghjkl;'zxcvbnm,./",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
            "zaq12wsxcde34rfvbgt56yhnmju78ik,.lo90p;/-",
            "1q2w3e4r5t6y7u8i9o0p",
            "q1w2e3r4t5y6u7i8o9p0",
            "qazwsxedcrfvtgbyhnujmik,ol.p;/");

    private PasswordPolicy() {}

    /** Why this password is refused, naming the field {@code /password}; empty when it is fine or absent. */
    public static Optional<FieldProblem> problem(String password) {
        if (password == null) {
            return Optional.empty();
        }
        var bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            return Optional.of(new FieldProblem("/password", "tooShort", RULE + "; this one has " + bytes + " bytes"));
        }
        if (bytes > MAX_BYTES) {
            return Optional.of(new FieldProblem("/password", "tooLong", RULE + "; this one has " + bytes + " bytes"));
        }
        if (isCommon(password)) {
            return Optional.of(new FieldProblem("/password", "common", RULE + "; this one is common"));
        }
        return Optional.empty();
    }

    /** Refuses a password the rule does not allow: 422 naming {@code /password}. */
    public static void check(String password) {
        problem(password).ifPresent(p -> {
            throw DomainException.invalid(List.of(p));
        });
    }

    static boolean isCommon(String password) {
        var lower = password.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < 5 || isWeakShape(lower) || isListed(lower)) {
            return true;
        }
        // A common word dressed with digits and symbols: P@ssw0rd2024!, Welcome1!, 2024iloveyou
        var core = stripNonLetters(lower);
        return core.length() >= 3
                && (isListed(core) || isListed(unleet(core)) || (core.length() >= 4 && isWeakShape(core)));
    }

    private static boolean isListed(String candidate) {
        return COMMON.contains(candidate);
    }

    private static boolean isWeakShape(String s) {
        return hasShortPeriod(s) || isSequence(s) || isKeyboardWalk(s);
    }

    /** aaaa, abcabcabc, passwordpassword: a pattern repeated, short or itself common. */
    private static boolean hasShortPeriod(String s) {
        for (int period = 1; period <= s.length() / 2; period++) {
            if (hasPeriod(s, period)) {
                var unit = s.substring(0, period);
                return period <= 6 || isListed(unit) || isListed(stripNonLetters(unit));
            }
        }
        return false;
    }

    private static boolean hasPeriod(String s, int period) {
        for (int i = period; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(i - period)) {
                return false;
            }
        }
        return true;
    }

    /** Each character one after (or before) the last: abcdef, 123456789012, 987654321098. */
    private static boolean isSequence(String s) {
        int step = next(s.charAt(0), s.charAt(1));
        if (step == 0) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (next(s.charAt(i - 1), s.charAt(i)) != step) {
                return false;
            }
        }
        return true;
    }

    /** +1 or -1 when b follows or precedes a (digits wrap around: 9 then 0), else 0. */
    private static int next(char a, char b) {
        if (b == a + 1 || (a == '9' && b == '0')) {
            return 1;
        }
        if (b == a - 1 || (a == '0' && b == '9')) {
            return -1;
        }
        return 0;
    }

    private static boolean isKeyboardWalk(String s) {
        return KEYBOARD_WALKS.stream().anyMatch(walk -> walk.contains(s));
    }

    /** Every walk forwards and backwards, and with each of its rows reversed (poiuytrewqlkjhgfdsa). */
    private static List<String> walks(String... layouts) {
        var all = new java.util.ArrayList<String>();
        for (var walk : layouts) {
            all.add(walk);
            all.add(new StringBuilder(walk).reverse().toString());
        }
        for (var rows : List.of(
                List.of("qwertyuiop", "asdfghjkl", "zxcvbnm"),
                List.of("qwertzuiop", "asdfghjkl", "yxcvbnm"),
                List.of("azertyuiop", "qsdfghjklm", "wxcvbn"))) {
            var reversed = new StringBuilder();
            rows.forEach(row -> reversed.append(new StringBuilder(row).reverse()));
            all.add(reversed.toString());
        }
        return List.copyOf(all);
    }

    private static String stripNonLetters(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String unleet(String s) {
        var plain = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            plain.append(
                    switch (c) {
                        case '@', '4' -> 'a';
                        case '3' -> 'e';
                        case '1', '!' -> 'i';
                        case '0' -> 'o';
                        case '$', '5' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return plain.toString();
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
