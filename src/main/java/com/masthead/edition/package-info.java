/**
 * The printed newspaper: publications (报纸), their dated issues (期) and numbered pages (版面). Articles point at
 * a page to say where they ran in print; {@link com.masthead.edition.EditionCatalog} resolves such a page to a
 * full {@link com.masthead.edition.PrintPlacement} from a small in-memory cache. Publishes
 * {@link com.masthead.edition.EditionChanged}.
 */
package com.masthead.edition;
