package com.tradeledger.contracting;

/** Who may earn a contract's commission: a rate above zero goes to a registered agent the ledger still works with. */
final class CommissionRules {

    private CommissionRules() {}

    /** A rate of zero ends a commission and names no one who earns it, so its agent is not asked for. */
    static void requireEarningAgent(CommissionTerms commission, CommissionAgents agents) {
        if (commission.rate().value().signum() == 0 || agents.isActive(commission.agent())) {
            return;
        }
        if (agents.isRegistered(commission.agent())) {
            throw new CommissionAgentNotActive(commission.agent());
        }
        throw new UnknownAgent(commission.agent());
    }
}
