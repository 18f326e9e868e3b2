package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.LocalDate;

/** A credit note (红字发票) against an invoice: its own number, the amount it took off and why. */
public record CreditNoteView(
        DocumentNumber number, Money amount, String reason, Username issuedBy, LocalDate issuedOn) {}
