/** Keeps the rates to the functional currency (本位币) the payment events recorded. */
package com.tradeledger.rates;
