package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.nullable;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.Sorting;
import com.tradeledger.shared.SupplierId;
import java.util.Map;

/**
 * The delivery risks (交期匹配) a list query selects, in the order asked for: by contract, supplier, status and least
 * days late, sorted by days late, date needed, promised date, contract, supplier or, by default, the latest changed
 * first. Conditions and columns come from this package's code, never from the caller.
 */
public final class DeliveryRiskSelection {

    private static final Map<String, String> SORTS = Map.of(
            "daysLate", "days_late",
            "dateNeeded", "date_needed",
            "promisedDate", "promised_date",
            "contract", "contract_id",
            "supplier", "supplier_id",
            "changedAt", "changed_at");

    private final Conditions conditions;
    private final Sorting sorting;

    private DeliveryRiskSelection(Conditions conditions, Sorting sorting) {
        this.conditions = conditions;
        this.sorting = sorting;
    }

    /**
     * The risks the query's filters select, in its order; its page and size are left to the reader.
     *
     * @throws com.tradeledger.shared.UnknownSortField when the sort is not one the delivery risks offer
     */
    static DeliveryRiskSelection of(ListDeliveryRisks query) {
        Sorting sorting =
                Sorting.of(query.sort(), SORTS, "-changedAt", "purchase_order_id, line_number, requisition_id");
        var conditions = new Conditions()
                .add("contract_id = :contractId", "contractId", nullable(query.contractId(), ContractId::value))
                .add("supplier_id = :supplierId", "supplierId", nullable(query.supplierId(), SupplierId::value))
                .add("status = :status", "status", nullable(query.status(), Enum::name))
                .add("days_late >= :minDaysLate", "minDaysLate", query.minDaysLate());
        return new DeliveryRiskSelection(conditions, sorting);
    }

    /** Every selected risk in order, for an export. */
    String all() {
        return "select * from delivery_risk" + conditions.where() + sorting.orderBy();
    }

    String page(PageWindow window) {
        return all() + " limit " + window.size() + " offset " + window.offset();
    }

    String count() {
        return "select count(*) from delivery_risk" + conditions.where();
    }

    Map<String, Object> parameters() {
        return conditions.parameters();
    }
}
