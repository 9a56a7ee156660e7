package dev.ordino.integrations;

/** What a push carries: a sales order (to ShipStation or a WMS) or an invoice (to accounting). */
public enum PushKind {
    ORDER,
    INVOICE
}
