package dev.ordino.shared.web;

import dev.ordino.shared.Actor;
import dev.ordino.shared.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the current caller sees personal data masked: with {@code ordino.mask-personal-data} on, a caller
 * that may only read (a VIEWER, a read-only token) does; staff who edit orders or customers, and buyers
 * (who see only their own), do not.
 */
@Component
public class PersonalDataPolicy {

    private static final String[] WRITES = {"orders:write", "customers:write", "users:admin"};

    private final boolean enabled;
    private final CurrentActor actor;

    PersonalDataPolicy(@Value("${ordino.mask-personal-data:false}") boolean enabled, CurrentActor actor) {
        this.enabled = enabled;
        this.actor = actor;
    }

    public boolean masks() {
        if (!enabled) {
            return false;
        }
        Actor caller = actor.get();
        if (caller.isBuyer()) {
            return false;
        }
        for (var scope : WRITES) {
            if (caller.may(scope)) {
                return false;
            }
        }
        return true;
    }
}
