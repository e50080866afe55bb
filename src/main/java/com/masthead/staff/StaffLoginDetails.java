package com.masthead.staff;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login form's request tells about its source: the client address (already resolved from trusted
 * proxies by the container) and the device cookie, if the browser sent one. The device token is not kept in the
 * session.
 */
public final class StaffLoginDetails extends WebAuthenticationDetails {

    /** The long-lived cookie that marks a browser an account has logged in from. */
    public static final String DEVICE_COOKIE = "MASTHEAD_DEVICE";

    private final transient String deviceToken;

    private StaffLoginDetails(HttpServletRequest request) {
        super(request);
        this.deviceToken = deviceCookie(request);
    }

    String deviceToken() {
        return deviceToken;
    }

    /** The details source for the staff login form. */
    public static AuthenticationDetailsSource<HttpServletRequest, StaffLoginDetails> source() {
        return StaffLoginDetails::new;
    }

    private static String deviceCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (DEVICE_COOKIE.equals(cookie.getName()) && cookie.getValue().length() <= 64) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
