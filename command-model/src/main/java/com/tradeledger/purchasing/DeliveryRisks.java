package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery risks (交期匹配) a purchase order has raised and not cleared: per line and requisition it covers, how
 * many days after the contract line's date needed the line is promised.
 */
final class DeliveryRisks {

    private final Map<Risk, Long> daysLate = new HashMap<>();

    /**
     * The risks a line promised for {@code promisedDate} raises or clears: raised when it is late for a requisition
     * and was not, or by other days than before; cleared when it was late and is in time now.
     */
    List<Object> reassess(PurchaseOrderId orderId, SupplierId supplierId, PurchaseOrderLine line, LocalDate promised) {
        List<Object> events = new ArrayList<>();
        for (CoveredRequisition covered : line.requisitions()) {
            Long before = daysLate.get(new Risk(line.lineNumber(), covered.requisitionId()));
            long late = ChronoUnit.DAYS.between(covered.dateNeeded(), promised);
            if (late > 0 && (before == null || before != late)) {
                events.add(new DeliveryRiskRaised(
                        orderId,
                        line.lineNumber(),
                        supplierId,
                        covered.requisitionId(),
                        covered.contractId(),
                        covered.contractLine(),
                        covered.dateNeeded(),
                        promised,
                        Math.toIntExact(late)));
            } else if (late <= 0 && before != null) {
                events.add(new DeliveryRiskCleared(
                        orderId,
                        line.lineNumber(),
                        covered.requisitionId(),
                        covered.contractId(),
                        covered.contractLine(),
                        promised));
            }
        }
        return events;
    }

    void raised(DeliveryRiskRaised risk) {
        daysLate.put(new Risk(risk.lineNumber(), risk.requisitionId()), (long) risk.daysLate());
    }

    void cleared(DeliveryRiskCleared risk) {
        daysLate.remove(new Risk(risk.lineNumber(), risk.requisitionId()));
    }

    private record Risk(int lineNumber, RequisitionId requisitionId) {}
}
