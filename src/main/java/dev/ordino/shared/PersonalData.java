package dev.ordino.shared;

/**
 * Masks personal data for callers configured not to see it (read-only staff, with
 * {@code ORDINO_MASK_PERSONAL_DATA=true}): names, e-mails, phone numbers, streets and postal codes keep their
 * first character, so a list stays readable; cities, regions and countries stay, for reports.
 */
public final class PersonalData {

    private PersonalData() {}

    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return value.charAt(0) + "•••";
    }

    public static Address mask(Address address) {
        if (address == null) {
            return null;
        }
        return new Address(
                address.label(),
                mask(address.line1()),
                mask(address.line2()),
                address.city(),
                address.region(),
                mask(address.postalCode()),
                address.country());
    }
}
