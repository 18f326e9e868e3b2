/**
 * Keeps the invoice and payment books (应收/回款) up to date: invoices issued, paid, credited, settled, cancelled and
 * reminded (催款提醒), the commission (佣金) their collections earn, and payments received with their allocations
 * and the credit they left, applied in order and at most once per event, so that the books can be dropped and
 * rebuilt from the log.
 */
package com.tradeledger.billing;
