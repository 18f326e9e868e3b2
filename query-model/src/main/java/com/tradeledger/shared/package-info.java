/**
 * What every read model of the ledger shares: the stamp of the event that last changed a row, so that a
 * redelivered event changes nothing, the JSON form of the values kept in jsonb columns, and the paging and
 * filtering of list queries.
 */
package com.tradeledger.shared;
