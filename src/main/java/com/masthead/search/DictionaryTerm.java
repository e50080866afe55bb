package com.masthead.search;

import java.time.Instant;

/** One newsroom dictionary entry; {@code kind} is free text such as PERSON, BODY, PLACE, PRODUCT. */
public record DictionaryTerm(long id, String term, String kind, Instant createdAt) {}
