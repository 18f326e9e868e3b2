/**
 * The product catalogue (产品): every product with its category, source, units and their conversions, HS code,
 * default supplier, bill of materials (物料表) and price lists per currency (订价), as the product events left
 * it; and the unit price of a product for a customer grade, a quantity in any of its units and a date.
 */
package com.tradeledger.products;
