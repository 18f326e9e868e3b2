/**
 * Values every feature speaks in: money with its currency, units of measure, countries and the staff who act.
 * They validate themselves, so a command or event holding one never holds nonsense.
 */
package com.tradeledger.shared;
