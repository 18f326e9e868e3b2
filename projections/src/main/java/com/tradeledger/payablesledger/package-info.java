/** Builds the payables ledger (应付帐款) for analysts from the supplier bill and supplier events. */
package com.tradeledger.payablesledger;
