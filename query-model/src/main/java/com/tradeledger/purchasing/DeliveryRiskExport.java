package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;

import com.tradeledger.shared.RowStreams;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Every delivery risk (交期匹配) a list query selects, one flat line at a time, for an analyst's CSV of any size. */
@Component
public class DeliveryRiskExport {

    private final RowStreams rows;

    public DeliveryRiskExport(RowStreams rows) {
        this.rows = rows;
    }

    /** The risks the query's filters select in its order; refuses an unknown sort before anything is read. */
    public DeliveryRiskSelection select(ListDeliveryRisks query) {
        return DeliveryRiskSelection.of(query);
    }

    /** Hands every selected risk to the sink in order; returns how many there were. */
    public long export(DeliveryRiskSelection selection, Consumer<? super DeliveryRiskRow> sink) {
        return rows.forEach(selection.all(), selection.parameters(), DeliveryRiskExport::rowOf, sink);
    }

    static DeliveryRiskRow rowOf(ResultSet row, int rowNumber) throws SQLException {
        return new DeliveryRiskRow(
                row.getString("purchase_order_id"),
                row.getInt("line_number"),
                row.getString("requisition_id"),
                row.getString("contract_id"),
                row.getInt("contract_line"),
                row.getString("supplier_id"),
                DeliveryRiskStatus.valueOf(row.getString("status")),
                nullable(row.getString("closure"), DeliveryRiskClosure::valueOf),
                row.getInt("days_late"),
                row.getObject("date_needed", LocalDate.class),
                row.getObject("promised_date", LocalDate.class),
                instant(row, "raised_at"),
                instant(row, "changed_at"));
    }
}
