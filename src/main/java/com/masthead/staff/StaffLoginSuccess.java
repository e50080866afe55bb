package com.masthead.staff;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a good password: remembers the address and device for the login throttle (and gives the browser its
 * device cookie), stamps the session for {@link StaffSessions}, and sends a user whose password must be changed
 * straight to the change form; everyone else to the page they asked for, or the dashboard.
 */
@Component
public class StaffLoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    static final Duration DEVICE_LIFETIME = Duration.ofDays(180);

    private final LoginTrust trust;
    private final StaffSessions sessions;
    private final StaffAccounts accounts;

    StaffLoginSuccess(LoginTrust trust, StaffSessions sessions, StaffAccounts accounts) {
        this.trust = trust;
        this.sessions = sessions;
        this.accounts = accounts;
        setDefaultTargetUrl("/admin/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        String login = authentication.getName();
        String device = authentication.getDetails() instanceof StaffLoginDetails details ? details.deviceToken() : null;
        String token = trust.remember(login, request.getRemoteAddr(), device);
        response.addHeader(
                "Set-Cookie",
                ResponseCookie.from(StaffLoginDetails.DEVICE_COOKIE, token)
                        .path("/login")
                        .maxAge(DEVICE_LIFETIME)
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .sameSite("Strict")
                        .build()
                        .toString());
        sessions.started(request, login);
        if (accounts.mustChangePassword(login)) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/admin/account");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
