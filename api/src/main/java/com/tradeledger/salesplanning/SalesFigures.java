package com.tradeledger.salesplanning;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * The sales figures of a line of sales performance, in one currency: quoted (the quotes' latest issued revisions),
 * contracted (signed, less cancelled), shipped, invoiced, credited (credit notes), collected (payments allocated), the
 * value of quotes won and lost, and commission accrued (less clawed back) and paid. In the functional currency a
 * figure is null when a currency had no recorded rate.
 */
public record SalesFigures(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quoted,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal contracted,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal shipped,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal invoiced,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal credited,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal collected,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quotesWon,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quotesLost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal commissionAccrued,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal commissionPaid) {}
