package com.tradeledger.shipping;

import com.tradeledger.shared.Money;

/** The rules a shipment's carrier, customs and insurance details obey whenever they are recorded or corrected. */
final class ShippingDetailsRules {

    private ShippingDetailsRules() {}

    static void check(ShippingDetails details) {
        requireNotNegative(details.freightCost(), "freightCost");
        requireNotNegative(details.insuredAmount(), "insuredAmount");
        if (details.etd() != null && details.eta() != null && details.eta().isBefore(details.etd())) {
            throw new ArrivalBeforeDeparture(details.etd(), details.eta());
        }
    }

    private static void requireNotNegative(Money amount, String field) {
        if (amount != null && amount.isNegative()) {
            throw new NegativeShippingAmount(field, amount);
        }
    }
}
