package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** On hand is never negative (库存不能为负): a warehouse cannot issue more than it holds, nor more than is free. */
public final class NotEnoughStock extends BusinessRuleViolation {

    public NotEnoughStock(ProductId productId, WarehouseCode warehouse, BigDecimal wanted, BigDecimal there) {
        super(
                "not-enough-stock",
                "product " + productId.value() + " in warehouse " + warehouse + ": " + wanted.toPlainString()
                        + " wanted, " + there.toPlainString() + " can be issued");
    }
}
