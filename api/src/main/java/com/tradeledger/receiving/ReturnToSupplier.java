package com.tradeledger.receiving;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Send goods of a receipt back to the supplier. */
public record ReturnToSupplier(
        @TargetAggregateIdentifier GoodsReceiptId receiptId,
        List<ReturnLineRequest> lines,
        String reason,
        Username returnedBy,
        LocalDate returnedOn,
        @TargetAggregateVersion Long expectedVersion) {}
