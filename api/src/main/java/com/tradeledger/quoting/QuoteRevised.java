package com.tradeledger.quoting;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A new revision of a quote was opened, starting from the lines of the last one issued. */
@Revision("1")
public record QuoteRevised(QuoteId quoteId, int revision, String reason, LocalDate validUntil) {}
