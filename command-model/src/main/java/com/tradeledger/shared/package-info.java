/** What every aggregate shares: the way a broken rule is reported. */
package com.tradeledger.shared;
