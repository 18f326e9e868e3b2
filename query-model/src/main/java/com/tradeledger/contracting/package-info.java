/**
 * The contract book (合同): every sales contract with the quote revision it came from, customer, salesperson,
 * currency, Incoterm, total and status, payment terms, commission agent and rate (佣金), its approval (合同审批)
 * and when it was signed, cancelled or completed; its lines with what was ordered, shipped and remains, and their
 * delivery dates; listed by customer, salesperson or status.
 */
package com.tradeledger.contracting;
