package com.tradeledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Trade Ledger server: REST API, event store and projections in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TradeLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(TradeLedgerApplication.class, args);
    }
}
