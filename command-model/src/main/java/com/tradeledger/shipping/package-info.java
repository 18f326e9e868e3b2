/**
 * Shipping (出货) and documents (单证): shipments planned against a signed contract from one warehouse, shipped from
 * its stock in one step with the contract's record of what left, and the carrier, customs and insurance details
 * they were given.
 */
package com.tradeledger.shipping;
