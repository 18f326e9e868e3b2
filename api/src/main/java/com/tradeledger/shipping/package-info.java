/**
 * Shipping (出货) and documents (单证): shipments planned against a signed contract from a warehouse, shipped from
 * reserved stock, with the bill of lading, vessel, ports, dates, freight, customs and insurance they were given.
 */
package com.tradeledger.shipping;
