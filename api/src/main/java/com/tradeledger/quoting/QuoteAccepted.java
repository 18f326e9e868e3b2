package com.tradeledger.quoting;

import com.tradeledger.shared.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The customer accepted a quote revision at this total; the quote is frozen from now on. */
@Revision("1")
public record QuoteAccepted(QuoteId quoteId, int revision, Money total, LocalDate acceptedOn) {}
