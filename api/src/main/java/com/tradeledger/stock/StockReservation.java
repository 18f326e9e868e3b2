package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;

/** What is still reserved of a product for one contract line, in its base unit. */
public record StockReservation(
        ContractId contractId,
        int contractLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {}
