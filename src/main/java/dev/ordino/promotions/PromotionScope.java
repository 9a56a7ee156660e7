package dev.ordino.promotions;

/** PRODUCT: attached to products and added to their lines; ORDER: catalog-wide, applied to the whole order. */
public enum PromotionScope {
    PRODUCT,
    ORDER
}
