package dev.ordino.customers;

/** When an invoice is due: at once, or 7, 14 or 30 days after it is issued (business customers only). */
public enum PaymentTerms {
    IMMEDIATE(0),
    NET_7(7),
    NET_14(14),
    NET_30(30);

    private final int days;

    PaymentTerms(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
