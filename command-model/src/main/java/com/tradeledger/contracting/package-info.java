/**
 * Contracting (合同): a sales contract concluded from an accepted quote, completed with payment terms, delivery
 * dates and a commission agent, approved by a second manager (合同审批) when it is large, sells below the floor or
 * passes the customer's credit, signed (which reserves stock), shipped against, cancelled before shipping, completed.
 */
package com.tradeledger.contracting;
