/**
 * Products (产品), the deciding side: the product aggregate keeps SKUs unique, unit conversions consistent with
 * the base unit, bills of materials (物料表) made of other registered products, and price lists (订价) free of
 * competing tiers and of prices below the floor; a discontinued product takes no further changes.
 */
package com.tradeledger.products;
