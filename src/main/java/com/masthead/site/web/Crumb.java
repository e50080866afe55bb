package com.masthead.site.web;

/** One link of a breadcrumb. */
public record Crumb(String label, String url) {}
