package com.tradeledger.shipping;

import com.tradeledger.shared.Money;
import java.time.LocalDate;

/**
 * What the carrier, customs and insurer gave the shipment: bill of lading number, vessel and voyage, ports, ETD and
 * ETA, freight cost (运输费用), customs declaration number, insurance policy and insured amount. Any may be unknown
 * (null) until recorded.
 */
public record ShippingDetails(
        String billOfLading,
        String vesselVoyage,
        String portOfLoading,
        String portOfDischarge,
        LocalDate etd,
        LocalDate eta,
        Money freightCost,
        String customsDeclaration,
        String insurancePolicy,
        Money insuredAmount) {}
