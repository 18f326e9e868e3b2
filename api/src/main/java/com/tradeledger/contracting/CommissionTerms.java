package com.tradeledger.contracting;

import com.tradeledger.shared.Percentage;
import java.util.Objects;

/** The commission (佣金) a contract owes its agent: a rate of what is collected, in the contract currency. */
public record CommissionTerms(AgentCode agent, Percentage rate) {

    public CommissionTerms {
        Objects.requireNonNull(agent, "a commission needs its agent");
        Objects.requireNonNull(rate, "a commission needs its rate");
    }
}
