/**
 * Keeps the shipment book (出货) up to date: planning, the carrier, customs and insurance details (单证), shipping
 * and cancellation, applied in order and at most once per event, so that the book can be dropped and rebuilt from
 * the log.
 */
package com.tradeledger.shipping;
