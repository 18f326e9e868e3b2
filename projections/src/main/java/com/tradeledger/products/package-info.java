/**
 * Keeps the product catalogue (产品) up to date: registrations, renames, reclassifications, unit conversions,
 * bills of materials (物料表), default suppliers, price lists per currency (订价) and discontinuations, applied
 * in order and at most once per event, so that the catalogue can be dropped and rebuilt from the log.
 */
package com.tradeledger.products;
