package com.tradeledger.replaycheck;

import jakarta.validation.constraints.NotBlank;

/** Which projection to rebuild in the shadow and compare with its live view. */
record ReplayCheckRequest(@NotBlank String projection) {}
