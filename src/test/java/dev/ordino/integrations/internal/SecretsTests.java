package dev.ordino.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.shared.ProblemType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTests {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static Secrets secrets(String key) {
        return new Secrets(ConnectorFixtures.settings(key, false), ConnectorFixtures.JSON);
    }

    private final Secrets secrets = secrets(KEY);

    @Test
    void readsBackWhatItEncrypted() {
        var given = Map.<String, Object>of(
                "apiKey", "key-1", "apiSecret", "s3cr3t", "headers", Map.of("Authorization", "Bearer t"));
        var stored = secrets.encrypt(given);

        assertThat(stored).startsWith("v1:").doesNotContain("s3cr3t");
        assertThat(secrets.decrypt(stored)).isEqualTo(given);
        assertThat(secrets.decryptText(secrets.encryptText("plain words"))).isEqualTo("plain words");
        assertThat(secrets.available()).isTrue();
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        assertThat(secrets.encryptText("same")).isNotEqualTo(secrets.encryptText("same"));
    }

    @Test
    void refusesAChangedValue() {
        var stored = secrets.encryptText("token");
        var bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;
        var tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> secrets.decryptText(tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed");
    }

    @Test
    void anotherKeyCannotRead() {
        var stored = secrets.encryptText("token");

        assertThatThrownBy(() -> secrets(OTHER_KEY).decryptText(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another ORDINO_SECRETS_KEY");
    }

    @Test
    void refusesAtUseWithoutAUsableKey() {
        for (var key : List.of("", "not base64 at all!", Base64.getEncoder().encodeToString(new byte[16]))) {
            var without = secrets(key);
            assertThat(without.available()).isFalse();
            assertThatThrownBy(() -> without.encryptText("token"))
                    .isInstanceOfSatisfying(Secrets.KeyMissing.class, missing -> {
                        assertThat(missing.type()).isEqualTo(ProblemType.UNAVAILABLE);
                        assertThat(missing.getMessage()).contains("ORDINO_SECRETS_KEY");
                    });
        }
        assertThat(new Secrets(ConnectorFixtures.settings(false), ConnectorFixtures.JSON).available())
                .isFalse();
    }
}
