package com.masthead.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the application believes of the reverse proxy in front of it ({@code masthead.proxy.*}). Which proxies
 * are trusted at all is {@code masthead.trusted-proxies} ({@link ClientAddress}).
 *
 * @param trustForwardedHost believe {@code X-Forwarded-Host} from a trusted proxy as the request's host name;
 *     off by default, because nothing in Masthead needs the host (redirects are relative, absolute links come
 *     from the site settings' base URL) and a proxy that passes the client's header on would let anyone choose it
 */
@ConfigurationProperties("masthead.proxy")
record ProxyProperties(boolean trustForwardedHost) {}
