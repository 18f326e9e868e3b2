package com.tradeledger.receiving;

import com.tradeledger.shared.GoodsReceiptId;

/** Ask for one goods receipt (收货) with its returns; answered with a {@link GoodsReceiptView}, or none. */
public record FindGoodsReceipt(GoodsReceiptId receiptId) {}
