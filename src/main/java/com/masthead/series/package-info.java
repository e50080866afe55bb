/**
 * Series (系列报道): a named run of numbered articles. The article module stores the part number; this module
 * owns the series itself and its public page address. Publishes {@link com.masthead.series.SeriesChanged}.
 */
package com.masthead.series;
