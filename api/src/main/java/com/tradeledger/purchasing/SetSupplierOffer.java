package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set what a supplier asks for a product: its SKU for it, the unit, prices with quantity breaks, lead time. */
public record SetSupplierOffer(
        @TargetAggregateIdentifier SupplierId supplierId,
        ProductId productId,
        String supplierSku,
        UnitOfMeasure unit,
        List<PriceBreak> prices,
        int leadTimeDays,
        @TargetAggregateVersion Long expectedVersion) {}
