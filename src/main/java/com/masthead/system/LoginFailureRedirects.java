package com.masthead.system;

import com.masthead.staff.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed login back to the form with the reason: wrong password, disabled account, or throttled. */
final class LoginFailureRedirects implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target;
        if (exception instanceof LoginThrottledException throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            response.setHeader(
                    "Retry-After", String.valueOf(throttled.retryAfter().toSeconds() + 1));
            target = "/login?error=throttled&minutes=" + minutes;
        } else if (exception instanceof DisabledException) {
            target = "/login?error=disabled";
        } else {
            target = "/login?error";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
