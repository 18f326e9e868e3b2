/** The rates to the functional currency (本位币) the events recorded, for views that convert amounts into it. */
package com.tradeledger.rates;
