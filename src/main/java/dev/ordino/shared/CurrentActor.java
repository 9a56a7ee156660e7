package dev.ordino.shared;

/** Tells who makes the current request: the authenticated caller, or {@link Actor#SYSTEM} outside a request. */
@FunctionalInterface
public interface CurrentActor {

    Actor get();
}
