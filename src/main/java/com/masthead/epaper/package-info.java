/**
 * The digital edition (数字报): the print pages as readers know them. It owns the page and issue PDFs and the
 * images rendered from them (files under the storage key {@code epaper/}), the clickable areas (热区) of each page, the
 * print order of the articles on a page and their continuations (转版), and the PDF intakes that fill all this in.
 * Newspapers, issues and pages themselves belong to {@code edition}; articles to {@code article}. Publishes
 * {@link com.masthead.epaper.PrintPageChanged}.
 */
@ApplicationModule(
        allowedDependencies = {
            "article",
            "audit",
            "backoffice",
            "edition",
            "media",
            "settings",
            "shared",
            "staff",
            "storage",
            "system"
        })
package com.masthead.epaper;

import org.springframework.modulith.ApplicationModule;
