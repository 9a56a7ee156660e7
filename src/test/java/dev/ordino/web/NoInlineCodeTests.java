package dev.ordino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' Content-Security-Policy allows no inline code: no template may hold a {@code style} attribute, a
 * {@code <style>} or {@code <script>} block, or an event handler attribute ({@code onclick}, ...). Styles go
 * to {@code static/css}, behaviour to {@code static/js}.
 */
class NoInlineCodeTests {

    private static final Pattern INLINE = Pattern.compile(
            "\\s(th:)?style\\s*=|<style[\\s>]|<script(?![^>]*\\s(th:)?src=)[^>]*>|\\s(th:)?on[a-z]+\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHoldsInlineStylesScriptsOrEventHandlers() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (INLINE.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
