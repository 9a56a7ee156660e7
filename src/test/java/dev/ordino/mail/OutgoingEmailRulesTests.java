package dev.ordino.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an e-mail must have to be queued: one valid address, a subject, a text, a kind, named attachments. */
class OutgoingEmailRulesTests {

    private static OutgoingEmail to(String to) {
        return OutgoingEmail.text(to, "Invoice INV-1", "Hello", "INVOICE", null);
    }

    private static List<String> pointers(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            assertThat(e.type().status()).isEqualTo(422);
            return e.errors().stream().map(FieldProblem::pointer).toList();
        }
        throw new AssertionError("no problem reported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not an address", "a@b.com, c@d.com", "a@b.com c@d.com", "@example.com", "a@"})
    void theRecipientIsOneValidAddress(String to) {
        assertThat(pointers(() -> MailManagement.check(to(to)))).containsExactly("/to");
    }

    @Test
    void aNamedAddressIsKept() {
        assertThat(MailManagement.check(to(" Ada Lovelace <ada@example.com> ")).to())
                .isEqualTo("Ada Lovelace <ada@example.com>");
    }

    @Test
    void theSubjectIsOneLine() {
        var email = new OutgoingEmail("a@example.com", "Line 1\r\nBcc: x@evil.test", "t", null, "K", null, List.of());
        assertThat(MailManagement.check(email).subject()).isEqualTo("Line 1 Bcc: x@evil.test");
    }

    @Test
    void subjectTextAndKindAreRequired() {
        var email = new OutgoingEmail("a@example.com", " ", null, null, "", null, List.of());
        assertThat(pointers(() -> MailManagement.check(email))).containsExactly("/subject", "/text", "/kind");
    }

    @Test
    void anAttachmentNeedsANameAndAType() {
        var email = new OutgoingEmail(
                "a@example.com", "s", "t", null, "K", null, List.of(new Attachment(" ", "", new byte[0])));
        assertThat(pointers(() -> MailManagement.check(email)))
                .containsExactly("/attachments/0/filename", "/attachments/0/contentType");
    }

    @Test
    void aValidEmailPasses() {
        assertThatThrownBy(() -> MailManagement.check(to("x"))).isInstanceOf(DomainException.class);
        assertThat(MailManagement.check(to("ada@example.com")).to()).isEqualTo("ada@example.com");
    }
}
