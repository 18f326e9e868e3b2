package com.tradeledger.receiving;

import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One return to the supplier (退货) of goods of a receipt: its lines, why, who and when. */
public record GoodsReturnView(
        List<ReturnedLine> lines, String reason, Username returnedBy, LocalDate returnedOn, Instant at) {}
