/**
 * The invoice and payment books (应收/回款): every invoice with its number, kind, contract, shipment, customer and
 * salesperson, its totals, what was paid, credited and is outstanding, its due date and last dunning reminder
 * (催款提醒), its credit notes and the commission (佣金) its collections earned; and every payment received with
 * its exchange rate, allocations to invoices and the credit it left. Exact amounts as the events state them; the
 * receivables ageing is a separate view.
 */
package com.tradeledger.billing;
