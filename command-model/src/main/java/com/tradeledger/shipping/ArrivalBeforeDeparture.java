package com.tradeledger.shipping;

import com.tradeledger.shared.BusinessRuleViolation;
import java.time.LocalDate;

/** A vessel arrives after it departs: the ETA is never before the ETD. */
public final class ArrivalBeforeDeparture extends BusinessRuleViolation {

    ArrivalBeforeDeparture(LocalDate etd, LocalDate eta) {
        super("eta-before-etd", "the ETA " + eta + " is before the ETD " + etd);
    }
}
