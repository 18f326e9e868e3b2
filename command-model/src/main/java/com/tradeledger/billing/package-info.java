/**
 * Billing (应收/回款), the deciding side: invoices under gap-free yearly numbers for a contract's deposit and for each
 * shipment, less the deposit already invoiced; payments received (回款) allocated to open invoices as told or oldest
 * due first, at a recorded rate when the currencies differ, with what is left over held as the customer's credit;
 * credit notes (红字发票) that reduce what an invoice asks for; dunning reminders (催款提醒) at rising levels while an
 * invoice stays overdue; the commission (佣金) that collections earn the contract's agent; and the billing process
 * that invoices a signed contract and completes it once it is shipped and paid.
 */
package com.tradeledger.billing;
