package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One contract per accepted quote, kept in a command-side table whose writes join the command's transaction. */
@Component
class ContractRegistryTable implements ContractRegistry {

    private final JdbcClient jdbc;

    ContractRegistryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claimQuote(QuoteId quoteId, ContractId contractId) {
        return jdbc.sql("INSERT INTO contract_quote (quote_id, contract_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(quoteId.value(), contractId.value())
                        .update()
                == 1;
    }
}
