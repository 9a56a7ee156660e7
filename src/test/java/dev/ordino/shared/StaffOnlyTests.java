package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The settings are the staff's: a buyer never lists or reads them, whatever her scopes. */
class StaffOnlyTests {

    @Test
    void aBuyerIsRefusedWhateverHerScopes() {
        var buyer = new Actor("b", "Buyer", UUID.randomUUID(), Set.of("*"));
        assertThatThrownBy(() -> StaffOnly.require(buyer, "Channels"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN);
                    assertThat(e.getMessage()).isEqualTo("Channels are for staff only");
                });
    }

    @Test
    void staffServiceTokensAndTheSystemPass() {
        assertThatCode(() -> StaffOnly.require(new Actor("v", "Viewer", null, Set.of("catalog:read")), "Channels"))
                .doesNotThrowAnyException();
        assertThatCode(() -> StaffOnly.require(Actor.SYSTEM, "Channels")).doesNotThrowAnyException();
    }
}
