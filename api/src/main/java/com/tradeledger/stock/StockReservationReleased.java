package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A contract line's reservation was given back to available stock (the contract was cancelled). */
@Revision("1")
public record StockReservationReleased(
        ProductId productId,
        ContractId contractId,
        int contractLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        String reason) {}
