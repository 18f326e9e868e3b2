/**
 * Billing (应收/回款), the deciding side: invoices under gap-free yearly numbers for a contract's deposit and for each
 * shipment, less the deposit already invoiced; payments received (回款) from registered customers, allocated to open
 * invoices as told or oldest due first, at a recorded rate when the currencies differ, with what is left over held as
 * the customer's credit; credit notes (红字发票) up to an invoice's total, which reduce what it asks for and owe back to
 * the customer what was already paid; dunning reminders (催款提醒) at rising levels while an invoice stays overdue; the
 * commission (佣金) that collections earn the contract's agent; and the billing process that invoices a signed
 * contract and completes it once it is shipped and paid.
 */
package com.tradeledger.billing;
