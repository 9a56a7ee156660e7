package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The password rule: 12 to 72 bytes in UTF-8, and not one that people commonly choose. */
class PasswordPolicyTests {

    private static String codeOf(String password) {
        return PasswordPolicy.problem(password).map(FieldProblem::code).orElse("ok");
    }

    @Test
    void aPasswordOf12To72BytesThatNobodyCommonlyChoosesIsAccepted() {
        assertThat(codeOf("ordino-demo-password")).isEqualTo("ok");
        assertThat(codeOf("correct horse battery staple")).isEqualTo("ok");
        assertThat(codeOf("a long passphrase")).isEqualTo("ok");
        assertThat(codeOf("Tr0ub4dor&3xk")).isEqualTo("ok");
        assertThat(codeOf("839201748563")).isEqualTo("ok");
    }

    @Test
    void lengthIsCountedInUtf8BytesAsBcryptReadsThem() {
        assertThat(codeOf("Zx9!kq2#Lm4")).as("11 bytes").isEqualTo("tooShort");
        assertThat(codeOf("ÄÖÜßéè")).as("6 characters, 12 bytes").isEqualTo("ok");
        var seventyTwo = "a sentence long enough to reach the limit of bcrypt: seventy-two bytes!!";
        assertThat(seventyTwo).hasSize(72);
        assertThat(codeOf(seventyTwo)).isEqualTo("ok");
        assertThat(codeOf(seventyTwo + "x")).as("73 bytes").isEqualTo("tooLong");
        assertThat(codeOf("ÄÖÜßéè".repeat(6) + "€"))
                .as("37 characters, 75 bytes")
                .isEqualTo("tooLong");
    }

    @Test
    void aRepeatedCharacterOrAShortRepeatedPatternIsCommon() {
        assertThat(codeOf("aaaaaaaaaaaa")).isEqualTo("common");
        assertThat(codeOf("111111111111111")).isEqualTo("common");
        assertThat(codeOf("abcabcabcabc")).isEqualTo("common");
        assertThat(codeOf("passwordpassword")).isEqualTo("common");
        assertThat(codeOf("aaaaaaaaaab1")).as("too few different characters").isEqualTo("common");
    }

    @Test
    void sequencesAndKeyboardWalksAreCommon() {
        assertThat(codeOf("abcdefghijkl")).isEqualTo("common");
        assertThat(codeOf("123456789012")).isEqualTo("common");
        assertThat(codeOf("987654321098")).isEqualTo("common");
        assertThat(codeOf("qwertyuiopasdf")).isEqualTo("common");
        assertThat(codeOf("1q2w3e4r5t6y")).isEqualTo("common");
        assertThat(codeOf("1qaz2wsx3edc")).isEqualTo("common");
        assertThat(codeOf("poiuytrewqlkj")).isEqualTo("common");
    }

    @Test
    void listedPasswordsAndListedWordsWithDigitsOrSymbolsAddedAreCommon() {
        assertThat(codeOf("password1234")).isEqualTo("common");
        assertThat(codeOf("Password123!")).isEqualTo("common");
        assertThat(codeOf("P@ssw0rd2024!")).isEqualTo("common");
        assertThat(codeOf("iloveyou1234")).isEqualTo("common");
        assertThat(codeOf("administrator")).isEqualTo("common");
        assertThat(codeOf("Welcome2025!!")).isEqualTo("common");
        assertThat(codeOf("ordino123456")).isEqualTo("common");
    }

    @Test
    void theProblemNamesThePasswordFieldAndTheRule() {
        var problem = PasswordPolicy.problem("aaaaaaaaaaaa").orElseThrow();
        assertThat(problem.pointer()).isEqualTo("/password");
        assertThat(problem.message()).contains("12 to 72 bytes").contains("common");
        assertThat(PasswordPolicy.problem(null)).isEmpty();
    }
}
