package dev.ordino.shared;

/** Tells who makes the current request. The identity module will supply the authenticated caller. */
@FunctionalInterface
public interface CurrentActor {

    Actor get();
}
