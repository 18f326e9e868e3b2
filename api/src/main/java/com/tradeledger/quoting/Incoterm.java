package com.tradeledger.quoting;

/**
 * The Incoterms 2020 rule that splits cost and risk between seller and buyer. EXW, FCA, CPT, CIP, DAP, DPU and
 * DDP suit any mode of transport; FAS, FOB, CFR and CIF only sea and inland waterway.
 */
public enum Incoterm {
    EXW,
    FCA,
    FAS,
    FOB,
    CFR,
    CIF,
    CPT,
    CIP,
    DAP,
    DPU,
    DDP
}
