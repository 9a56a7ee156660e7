package dev.ordino.shared;

/**
 * The store's settings (channels, promotions and coupon codes, pricing rules, tax zones, shipping methods, price
 * lists) are the staff's: a buyer never lists or reads them, whatever her token's scopes. What a buyer needs of
 * them reaches her through reads shaped for her (the channels she may order in, the coupon she types, her order's
 * shipping rates). The settings' services ask here before every list and single read.
 */
public final class StaffOnly {

    private StaffOnly() {}

    /** Refuses a buyer with 403; {@code what} names the settings, as in "Channels are for staff only". */
    public static void require(Actor actor, String what) {
        if (actor.isBuyer()) {
            throw new DomainException(ProblemType.FORBIDDEN, what + " are for staff only");
        }
    }
}
