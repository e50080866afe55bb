package com.masthead.epaper;

/** A page's size in PDF points (1/72 inch): its crop box, or its media box when it has none. */
record PageSize(double widthPt, double heightPt) {}
