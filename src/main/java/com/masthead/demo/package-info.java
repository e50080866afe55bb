/**
 * Fills an empty database with the demo newspaper (channels, two print issues, two series, generated pictures
 * and the articles written for the project under {@code resources/demo/}), so that a fresh start shows a working
 * site. Runs once, in one transaction, and only when there are no channels yet.
 */
package com.masthead.demo;
