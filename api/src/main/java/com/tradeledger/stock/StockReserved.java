package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Stock of the product was set aside for a contract line, in the product's base unit. */
@Revision("1")
public record StockReserved(
        ProductId productId,
        ContractId contractId,
        int contractLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {}
