/**
 * The HTTP conventions every feature follows: commands sent in one transaction with their idempotency record,
 * versions as entity tags, correlation ids, and errors as problem details.
 */
package com.tradeledger.web;
