package com.tradeledger.shipping;

import com.tradeledger.customers.Address;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shipping.TradeDocumentModels.Party;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The seller printed on trade documents: the company that runs the ledger ({@code tradeledger.company.*}). Changing
 * it changes the documents printed from then on; the events stay as they were.
 */
@ConfigurationProperties("tradeledger.company")
record TradeDocumentsProperties(
        @DefaultValue("Trade Ledger Trading Co., Ltd.") String name,
        @DefaultValue("TL") String code,
        @DefaultValue("1 Export Road") String street,
        @DefaultValue("Ningbo") String city,
        @DefaultValue("315000") String postalCode,
        @DefaultValue("Zhejiang") String region,
        @DefaultValue("CN") String country) {

    Party seller() {
        return new Party(name, code, new Address(street, city, postalCode, region), CountryCode.of(country));
    }
}
