package com.tradeledger.billing;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;

/**
 * The commission (佣金) the contract's agent earns on an invoice's collections: the agent and rate, what was
 * accrued on payments, clawed back by credit notes and paid to the agent, in the invoice's currency.
 */
public record InvoiceCommissionView(AgentCode agent, Percentage rate, Money accrued, Money clawedBack, Money paid) {}
