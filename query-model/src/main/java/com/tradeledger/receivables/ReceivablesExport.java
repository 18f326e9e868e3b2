package com.tradeledger.receivables;

import com.tradeledger.shared.RowStreams;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Every receivable the filter selects, one flat line at a time, for an analyst's CSV of any size. */
@Component
public class ReceivablesExport {

    private final ReceivablesReport report;
    private final RowStreams rows;

    public ReceivablesExport(ReceivablesReport report, RowStreams rows) {
        this.report = report;
        this.rows = rows;
    }

    /** The rows the filter selects in the order asked for; refuses an unknown sort before anything is written. */
    public AgeingSelection select(ReceivablesFilter filter, String sort) {
        return report.select(filter, sort);
    }

    /** Hands every selected row to the sink in order; returns how many there were. */
    public long export(AgeingSelection selection, Consumer<? super ReceivableRow> sink) {
        return rows.forEach(selection.all(), selection.parameters(), ReceivablesReport::rowOf, sink);
    }
}
