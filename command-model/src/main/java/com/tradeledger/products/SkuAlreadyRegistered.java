package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;

/** A SKU names one product across the catalogue; a second product cannot take it. */
public final class SkuAlreadyRegistered extends BusinessRuleViolation {

    SkuAlreadyRegistered(Sku sku) {
        super("sku-already-registered", "SKU " + sku + " is already registered to another product");
    }
}
