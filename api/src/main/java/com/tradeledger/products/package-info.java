/**
 * Products (产品) and price lists (订价): the catalogue of what the company sells, with category, source, units
 * and their conversions, HS tariff code, default supplier and bill of materials (物料表), and prices per currency
 * in tiers by quantity, customer grade and season or promotion, above a floor price that few may see.
 */
package com.tradeledger.products;
