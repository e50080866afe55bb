package com.masthead.system;

import com.masthead.staff.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the form: "try again in N seconds" when the throttle refused the attempt before
 * checking the password, otherwise one message for every other failure (unknown login, wrong password, disabled
 * account), so that the form does not tell which accounts exist or are disabled.
 */
final class LoginFailureRedirects implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target;
        if (exception instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            target = "/login?error=throttled&seconds=" + seconds;
        } else {
            target = "/login?error";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
