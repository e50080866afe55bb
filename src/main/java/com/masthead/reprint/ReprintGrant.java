package com.masthead.reprint;

import java.time.LocalDate;

/** The desk's licence: terms (attribution, fee, limits) and the validity period, both ends inclusive. */
public record ReprintGrant(String terms, LocalDate validFrom, LocalDate validUntil) {}
