package com.masthead.backoffice;

import com.masthead.shared.Messages;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link BackofficePage} frame for a staff request. */
@Component
public class BackofficePages {

    private static final String HTMX = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";

    private final MessageSource messages;
    private final ObjectProvider<BackofficeNavigation> navigation;
    private final ResourceUrlProvider resources;
    private final Map<String, String> assetUrls = new ConcurrentHashMap<>();

    BackofficePages(
            MessageSource messages, ObjectProvider<BackofficeNavigation> navigation, ResourceUrlProvider resources) {
        this.messages = messages;
        this.navigation = navigation;
        this.resources = resources;
    }

    /** The frame of a page titled by the message {@code titleKey} (with arguments). */
    public BackofficePage of(HttpServletRequest request, String titleKey, Object... arguments) {
        Messages t = text();
        StaffMember user = currentMember();
        List<NavLink> links = user == null
                ? List.of()
                : navigation
                        .orderedStream()
                        .flatMap(n -> n.links().stream())
                        .filter(l -> l.visibleTo(user))
                        .sorted(Comparator.comparingInt(NavLink::order))
                        .toList();
        String path = request.getRequestURI();
        return new BackofficePage(
                t,
                user,
                links,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                t.get(titleKey, arguments),
                asset("/assets/admin.css"),
                asset("/assets/admin.js"),
                HTMX,
                path,
                path + "?lang=" + (t.isChinese() ? "en" : "zh-CN"));
    }

    public Messages text() {
        return new Messages(messages, LocaleContextHolder.getLocale());
    }

    /** The logged-in staff member, or null. */
    public static StaffMember currentMember() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return principal.member();
        }
        return null;
    }

    private String asset(String path) {
        return assetUrls.computeIfAbsent(path, p -> {
            String versioned = resources.getForLookupPath(p);
            return versioned == null ? p : versioned;
        });
    }
}
