package com.tradeledger.quoting;

import java.util.Objects;

/** An Incoterm with its named place, as written on the quote: "FOB Ningbo", "DAP Hamburg, Hafenstrasse 1". */
public record DeliveryTerms(Incoterm incoterm, String namedPlace) {

    public DeliveryTerms {
        Objects.requireNonNull(incoterm, "an Incoterm is required");
        if (namedPlace == null || namedPlace.isBlank()) {
            throw new IllegalArgumentException("an Incoterm needs its named place, such as the port of loading");
        }
        namedPlace = namedPlace.strip();
    }
}
