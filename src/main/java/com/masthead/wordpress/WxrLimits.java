package com.masthead.wordpress;

/** How much one WordPress export may hold: bytes of the file, characters of one text, items. */
record WxrLimits(long maxFileBytes, int maxTextChars, int maxItems) {}
