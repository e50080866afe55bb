package com.masthead.system;

import com.masthead.staff.StaffPrincipal;
import com.masthead.staff.StaffSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of the staff chain with a logged-in session: ends the session when {@link StaffSessions} says
 * it is over (account deactivated, roles or password changed, other sessions logged out, absolute lifetime
 * reached) and sends the browser to the login page; while the account's password is a one-time password, lets
 * through only the account page, the password change and logout.
 */
final class StaffSessionFilter extends OncePerRequestFilter {

    private final StaffSessions sessions;

    StaffSessionFilter(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            switch (sessions.check(request, principal.member())) {
                case ENDED -> {
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
                case MUST_CHANGE_PASSWORD -> {
                    if (!mayChangePassword(request)) {
                        response.sendRedirect(request.getContextPath() + "/admin/account");
                        return;
                    }
                }
                case VALID -> {}
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean mayChangePassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return switch (request.getMethod()) {
            case "GET" -> path.equals("/admin/account") || path.equals("/login");
            case "POST" -> path.equals("/admin/account/password") || path.equals("/logout");
            default -> false;
        };
    }
}
