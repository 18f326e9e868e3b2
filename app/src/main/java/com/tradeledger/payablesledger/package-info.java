/** Payables (应付帐款) for analysts over HTTP: aged lists, summaries and CSV exports of supplier bills. */
package com.tradeledger.payablesledger;
