/**
 * Contracting (合同): a sales contract concluded from an accepted quote, with payment terms, delivery dates and a
 * commission agent; approval (合同审批) by a second manager when it is large, sells below the floor or passes the
 * customer's credit; signing, which reserves stock; cancellation before shipping; completion.
 */
package com.tradeledger.contracting;
