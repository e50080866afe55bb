/**
 * WordPress import (WordPress 导入): reads a WordPress export (WXR 1.x) with a StAX parser that refuses DTDs and
 * external entities, and maps it in one transaction to channels, articles (published with their original dates, or
 * drafts), tags, bylines, media library pictures, approved comments and redirects from the old addresses. It owns
 * the table {@code wordpress_import} (progress and the kept mapping report), the command
 * {@code --masthead.import-wxr=<file>} and the staff page {@code /admin/import/wordpress}
 * ({@code docs/wordpress-import.md}).
 */
package com.masthead.wordpress;
