package com.masthead.redirect.web;

import com.masthead.redirect.OldAddresses;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * WordPress's own short links ({@code /?p=12}, {@code /?page_id=3}, {@code /?attachment_id=7}) point at the home
 * page, which a controller and the page cache answer: so they are looked up in a Tomcat valve, ahead of the page
 * cache and its early-hit valve. Every other request passes after one comparison of its path with {@code /}. Lazily finds
 * {@link OldAddresses} on the first such request (the valve exists before the application's beans).
 */
@Component
class HomeQueryLinks implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final ObjectProvider<OldAddresses> addresses;

    HomeQueryLinks(ObjectProvider<OldAddresses> addresses) {
        this.addresses = addresses;
    }

    /** Ahead of the page cache's early-hit valve (order 0): a cached home page must not answer {@code /?p=12}. */
    @Override
    public int getOrder() {
        return -1;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (factory instanceof TomcatWebServerFactory tomcat) {
            tomcat.addContextValves(new Valve(addresses));
        }
    }

    private static final class Valve extends ValveBase {

        private final ObjectProvider<OldAddresses> addresses;

        Valve(ObjectProvider<OldAddresses> addresses) {
            super(true);
            this.addresses = addresses;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String query = request.getQueryString();
            if (query != null && "/".equals(request.getRequestURI())) {
                var target = OldAddressAnswer.targetFor(addresses.getObject(), request.getMethod(), "/", query);
                if (target.isPresent()) {
                    OldAddressAnswer.send(response, target.get());
                    return;
                }
            }
            getNext().invoke(request, response);
        }
    }
}
