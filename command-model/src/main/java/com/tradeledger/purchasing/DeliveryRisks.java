package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The delivery risks (交期匹配) a purchase order has raised and not cleared or closed: per line and requisition it
 * covers, how many days after the contract line's date needed the line is promised.
 */
final class DeliveryRisks {

    private final Map<Risk, DeliveryRiskRaised> open = new HashMap<>();

    /**
     * The risks a line promised for {@code promisedDate} raises or clears: raised when it is late for a requisition
     * and was not, or by other days than before; cleared when it was late and is in time now.
     */
    List<Object> reassess(PurchaseOrderId orderId, SupplierId supplierId, PurchaseOrderLine line, LocalDate promised) {
        List<Object> events = new ArrayList<>();
        for (CoveredRequisition covered : line.requisitions()) {
            DeliveryRiskRaised before = open.get(new Risk(line.lineNumber(), covered.requisitionId()));
            long late = ChronoUnit.DAYS.between(covered.dateNeeded(), promised);
            if (late > 0 && (before == null || before.daysLate() != late)) {
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

    /** The risks still open on the line, closed for the reason given. */
    List<DeliveryRiskClosed> closeLine(int lineNumber, DeliveryRiskClosure closure) {
        return close(risk -> risk.lineNumber() == lineNumber, closure);
    }

    /** The risks still open for the requisition, on whichever line, closed because it was cancelled. */
    List<DeliveryRiskClosed> closeRequisition(RequisitionId requisitionId) {
        return close(risk -> risk.requisitionId().equals(requisitionId), DeliveryRiskClosure.REQUISITION_CANCELLED);
    }

    private List<DeliveryRiskClosed> close(Predicate<DeliveryRiskRaised> which, DeliveryRiskClosure closure) {
        return open.values().stream()
                .filter(which)
                .sorted(Comparator.comparingInt(DeliveryRiskRaised::lineNumber)
                        .thenComparing(risk -> risk.requisitionId().toString()))
                .map(risk -> new DeliveryRiskClosed(
                        risk.purchaseOrderId(),
                        risk.lineNumber(),
                        risk.requisitionId(),
                        risk.contractId(),
                        risk.contractLine(),
                        closure))
                .toList();
    }

    void raised(DeliveryRiskRaised risk) {
        open.put(new Risk(risk.lineNumber(), risk.requisitionId()), risk);
    }

    void cleared(int lineNumber, RequisitionId requisitionId) {
        open.remove(new Risk(lineNumber, requisitionId));
    }

    private record Risk(int lineNumber, RequisitionId requisitionId) {}
}
