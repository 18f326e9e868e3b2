package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import org.axonframework.serialization.Revision;

/** What the supplier asks for a product was set or replaced. */
@Revision("1")
public record SupplierOfferSet(
        SupplierId supplierId,
        ProductId productId,
        String supplierSku,
        UnitOfMeasure unit,
        List<PriceBreak> prices,
        int leadTimeDays) {}
