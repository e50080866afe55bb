package com.masthead.redirect.web;

import com.masthead.redirect.OldAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Answers old addresses with 301, asked only for requests that no controller mapped: it is ordered after every
 * other mapping and just before the static resources (Spring MVC's resource mapping, {@code LOWEST_PRECEDENCE - 1},
 * which would answer 404). A page of the site therefore never pays for the lookup; a request that would be 404
 * pays one cache lookup (no query at all while no old address is stored). Paths of the staff UI, the API, media
 * and assets are never old addresses.
 */
@Component
class OldAddressHandlerMapping extends AbstractHandlerMapping {

    private static final List<String> NEVER = List.of("/admin/", "/api/", "/assets/", "/media/", "/epaper/");

    private final OldAddresses addresses;

    OldAddressHandlerMapping(OldAddresses addresses) {
        this.addresses = addresses;
        setOrder(Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = request.getRequestURI();
        for (String prefix : NEVER) {
            if (path.startsWith(prefix)) {
                return null;
            }
        }
        return OldAddressAnswer.targetFor(addresses, request.getMethod(), path, request.getQueryString())
                .map(target -> (HttpRequestHandler) (req, response) -> OldAddressAnswer.send(response, target))
                .orElse(null);
    }
}
