/**
 * How the site is found by machines: RSS 2.0 and Atom feeds for the whole site and each channel, {@code
 * sitemap.xml} as an index of paged sitemaps (articles by id range, so every page is one bounded primary-key
 * query however large the archive), the Google News sitemap of the last two days, and {@code robots.txt} naming
 * them. Owns no data; reads published articles, channels, images and settings.
 */
package com.masthead.discovery;
