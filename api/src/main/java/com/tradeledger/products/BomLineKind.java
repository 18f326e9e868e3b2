package com.tradeledger.products;

/** What a bill-of-materials line stands for (物料表): a component, packing material, or a processing step. */
public enum BomLineKind {
    COMPONENT,
    PACKING,
    PROCESSING
}
