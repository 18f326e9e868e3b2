/**
 * The shipment book (出货): every shipment with its contract, customer, warehouse and status, its priced lines and
 * their value, its carrier, customs and insurance details (单证), and when it was shipped or why it was cancelled;
 * listed by contract or status.
 */
package com.tradeledger.shipping;
