package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Stock of a product moved between warehouses (base unit). */
@Revision("1")
public record StockTransferred(
        ProductId productId,
        WarehouseCode from,
        WarehouseCode to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        Username transferredBy,
        LocalDate transferredOn) {}
