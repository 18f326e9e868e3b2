/**
 * Keeps the contract book (合同) up to date: conclusion from a quote, payment terms, commission (佣金), delivery
 * dates, approval (合同审批), signing, the quantities each shipment carried, cancellation and completion, applied in
 * order and at most once per event, so that the book can be dropped and rebuilt from the log.
 */
package com.tradeledger.contracting;
