package com.tradeledger.purchasing;

/** What a requisition buys: the finished product (成品采购), or a component exploded through its bill of materials (物料采购). */
public enum RequisitionKind {
    FINISHED_GOODS,
    MATERIAL
}
