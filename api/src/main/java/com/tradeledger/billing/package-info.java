/**
 * Billing (应收/回款): invoices under gap-free yearly numbers for deposits and shipments, payments received with
 * their exchange rates and allocations, customer credit from overpayments, credit notes, dunning reminders
 * (催款提醒), and the commission (佣金) that collections earn the contract's agent.
 */
package com.tradeledger.billing;
