/**
 * The editors' screens for everything around the articles: the channel tree, newspapers with their issues and
 * pages, series, site settings, staff accounts and the media library. Like {@code site} for readers, it owns no
 * data: every form goes through the owning module's API ({@code channel}, {@code edition}, {@code series},
 * {@code settings}, {@code staff}, {@code media}) and its rules. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Structure screens")
package com.masthead.structure;
