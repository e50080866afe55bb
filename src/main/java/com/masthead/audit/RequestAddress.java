package com.masthead.audit;

import com.masthead.system.ClientAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current change comes from: the client address of the request this thread is serving, resolved by
 * {@link ClientAddress} ({@code X-Forwarded-For} only from trusted proxies), or null outside a request.
 */
@Component
class RequestAddress {

    private final ClientAddress clients;

    RequestAddress(ClientAddress clients) {
        this.clients = clients;
    }

    /** The client address of the current request, or null outside a request (scheduled jobs, start-up). */
    String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return clients.of(attributes.getRequest());
        }
        return null;
    }
}
