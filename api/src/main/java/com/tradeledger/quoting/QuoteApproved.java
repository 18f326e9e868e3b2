package com.tradeledger.quoting;

import com.tradeledger.shared.Username;
import org.axonframework.serialization.Revision;

/** A manager approved a quote revision as it then stood; any later change to its lines needs approval again. */
@Revision("1")
public record QuoteApproved(QuoteId quoteId, int revision, Username approvedBy, String note) {}
