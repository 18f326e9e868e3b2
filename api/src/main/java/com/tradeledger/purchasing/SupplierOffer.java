package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;

/** What a supplier asks for one product: its SKU for it, the unit, prices with quantity breaks, the lead time. */
public record SupplierOffer(
        ProductId productId, String supplierSku, UnitOfMeasure unit, List<PriceBreak> prices, int leadTimeDays) {}
