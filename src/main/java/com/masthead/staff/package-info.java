/**
 * Who may act on the newsroom: staff roles and API tokens (hashed at rest, each carrying one role). Staff
 * accounts with passwords and the review workflow build on this module; today it authenticates API calls.
 */
package com.masthead.staff;
