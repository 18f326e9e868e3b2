package com.tradeledger.receiving;

import com.tradeledger.purchasing.CoveredRequisition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Goods accepted against a purchase order line go first to the contract lines the line was bought for (收货即为合同预留).
 * Each requisition the line covers owns a range of the line's base quantity, in the order the line lists them: from
 * what the requisitions before it asked to that plus its own quantity. A receipt fills the range from what the line
 * had accepted before it to what it has accepted after it, so receipt after receipt never gives a requisition more
 * than it asked, and what the order bought beyond its requisitions stays free.
 */
final class ContractReservations {

    private ContractReservations() {}

    /** The share of each requisition in the base quantity accepted from {@code before} to {@code after}. */
    static List<CoveredRequisition> filledBy(
            List<CoveredRequisition> requisitions, BigDecimal before, BigDecimal after) {
        List<CoveredRequisition> shares = new ArrayList<>();
        BigDecimal start = BigDecimal.ZERO;
        for (CoveredRequisition requisition : requisitions) {
            BigDecimal end = start.add(requisition.quantity());
            BigDecimal share = end.min(after).subtract(start.max(before));
            if (share.signum() > 0) {
                shares.add(new CoveredRequisition(
                        requisition.requisitionId(),
                        requisition.contractId(),
                        requisition.contractLine(),
                        share,
                        requisition.dateNeeded()));
            }
            start = end;
        }
        return shares;
    }
}
