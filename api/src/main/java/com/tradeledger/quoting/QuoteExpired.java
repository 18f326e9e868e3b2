package com.tradeledger.quoting;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An issued quote revision passed its validity date without being accepted or rejected. */
@Revision("1")
public record QuoteExpired(QuoteId quoteId, int revision, LocalDate validUntil) {}
