package com.tradeledger.payables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment made to a supplier: the amount and bank reference, the rate used and the amount in the functional
 * currency, and the bills it settled as their payments were recorded.
 */
public record SupplierPaymentView(
        SupplierPaymentId id,
        SupplierId supplierId,
        Money amount,
        String bankReference,
        LocalDate paidOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rateToFunctional,
        Money functionalAmount,
        List<SupplierPaymentAllocation> allocations,
        Username recordedBy,
        Instant recordedAt) {}
