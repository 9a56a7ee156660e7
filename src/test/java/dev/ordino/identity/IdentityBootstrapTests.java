package dev.ordino.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A first start with ORDINO_ADMIN_PASSWORD: a password the rule refuses stops the start, saying why. */
class IdentityBootstrapTests {

    @Test
    void anAdminPasswordThePasswordRuleRefusesStopsTheStartNamingTheSetting() {
        var identity = mock(IdentityManagement.class);
        when(identity.countUsers()).thenReturn(0L);
        var bootstrap = new IdentityBootstrap(
                identity, new SetupLink(), new MockEnvironment(), "", "admin@example.com", "aaaaaaaaaaaa");
        assertThatThrownBy(() -> bootstrap.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ORDINO_ADMIN_PASSWORD")
                .hasMessageContaining("12 to 72 bytes");
        verify(identity, never()).createUser(any());
    }
}
