package com.tradeledger.products;

import com.tradeledger.shared.SupplierId;
import org.axonframework.serialization.Revision;

/** A product's default supplier changed; null means it has none. */
@Revision("1")
public record DefaultSupplierChanged(ProductId productId, SupplierId previousSupplier, SupplierId supplier) {}
