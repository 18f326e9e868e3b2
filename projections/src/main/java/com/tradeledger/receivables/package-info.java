/** Builds the receivables ledger (应收帐款) for analysts from the invoice and customer events. */
package com.tradeledger.receivables;
