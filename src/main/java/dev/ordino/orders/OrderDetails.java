package dev.ordino.orders;

/** Free-form details kept with an order, in JSON or XML, checked to be well-formed. */
public record OrderDetails(Format format, String content) {

    public enum Format {
        json,
        xml
    }
}
