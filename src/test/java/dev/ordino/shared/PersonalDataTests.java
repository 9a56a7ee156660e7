package dev.ordino.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The masking rule of {@link PersonalData}: personal data is found by the name of its field, at any depth. */
class PersonalDataTests {

    record Person(String type, String email, String name, String phone) {}

    record Shipment(String reference, Address address, List<Person> people, Optional<Address> alternative) {}

    record Note(String text, int count) {}

    record Invoice(String to) implements PersonalData.Masking<Invoice> {

        @Override
        public Invoice masked() {
            return new Invoice(PersonalData.mask(to));
        }
    }

    private static final Address HOME = new Address("Home", "12 Secret Lane", "Flat 3", "Dayton", "OH", "45402", "US");

    @Test
    void streetsAndPostalCodesAreMaskedWhereverAnAddressIs() {
        var shipment = new Shipment("PO-1", HOME, List.of(), Optional.of(HOME));

        var masked = PersonalData.maskAll(shipment);

        var expected = new Address("Home", "1•••", "F•••", "Dayton", "OH", "4•••", "US");
        assertThat(masked).isEqualTo(new Shipment("PO-1", expected, List.of(), Optional.of(expected)));
    }

    @Test
    void aPersonsNameBesideAnEmailIsMaskedAndABusinesssNameStays() {
        var people = List.of(
                new Person("INDIVIDUAL", "ann@example.com", "Ann Lee", "+1 555 0100"),
                new Person("BUSINESS", "buy@acme.example", "Acme Corp", null));

        assertThat(PersonalData.maskAll(people))
                .containsExactly(
                        new Person("INDIVIDUAL", "a•••", "A•••", "+•••"),
                        new Person("BUSINESS", "b•••", "Acme Corp", null));
    }

    @Test
    void mapsAreMaskedByTheirKeysAsRecordsAreByTheirComponents() {
        var before = new LinkedHashMap<String, Object>();
        before.put("type", "INDIVIDUAL");
        before.put("email", "ann@example.com");
        before.put("name", "Ann Lee");
        before.put("contactName", null);
        var detail = Map.<String, Object>of("field", "customer", "before", before);

        var masked = PersonalData.maskAll(detail);

        assertThat(masked).containsEntry("field", "customer");
        @SuppressWarnings("unchecked")
        var maskedBefore = (Map<String, Object>) masked.get("before");
        assertThat(maskedBefore)
                .containsEntry("type", "INDIVIDUAL")
                .containsEntry("email", "a•••")
                .containsEntry("name", "A•••")
                .containsEntry("contactName", null);
    }

    @Test
    void aValueWhoseFieldNamesDoNotTellMasksItself() {
        assertThat(PersonalData.maskAll(new Invoice("ann@example.com"))).isEqualTo(new Invoice("a•••"));
    }

    @Test
    void whatHoldsNoPersonalDataIsAnsweredAsItIs() {
        var note = new Note("Ring twice", 2);
        var notes = List.of(note);

        assertThat(PersonalData.maskAll(note)).isSameAs(note);
        assertThat(PersonalData.maskAll(notes)).isSameAs(notes);
        assertThat(PersonalData.maskAll("ann@example.com")).isEqualTo("ann@example.com");
    }
}
