package com.tradeledger.audit;

/** The first place where the stored log no longer matches its chain: the global position, what, and in words. */
record ChainBreak(long position, ChainProblem problem, String detail) {}
