/**
 * The staff web UI's shell: the login page, the page frame (navigation by role, language, CSRF token, current
 * user), the account page. Feature modules contribute their own admin pages (in their {@code web} packages,
 * templates under {@code admin/}) and navigation links ({@link com.masthead.backoffice.BackofficeNavigation}
 * beans); this module knows none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package com.masthead.backoffice;
