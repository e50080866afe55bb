package com.masthead.system;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * One list of trusted proxies for every use of the client address. With {@code server.forward-headers-strategy=
 * native} Tomcat's {@code RemoteIpValve} rewrites the request's remote address from {@code X-Forwarded-For}, and
 * by default it trusts every private network (10/8, 172.16/12, 192.168/16, …): a client on such a network could
 * then choose its own address by sending the header, past the login throttle and the readers' rate limits. This
 * sets the valve's internal proxies to {@code masthead.trusted-proxies} ({@link ClientAddress}), as CIDR blocks.
 * Runs after Spring Boot's own Tomcat customizer, which adds the valve.
 *
 * <p>The valve also takes the host name from {@code X-Forwarded-Host} by default; that is switched off unless
 * {@code masthead.proxy.trust-forwarded-host} is set ({@link ProxyProperties}), so a client's host header can
 * never become the request's server name.
 */
@Component
class TrustedProxiesValveCustomizer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private static final String FORWARDED_HOST = "X-Forwarded-Host";

    private final String internalProxies;
    private final boolean trustForwardedHost;

    TrustedProxiesValveCustomizer(ClientAddress clientAddress, ProxyProperties proxy) {
        this.internalProxies = clientAddress.cidrList();
        this.trustForwardedHost = proxy.trustForwardedHost();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (factory instanceof TomcatWebServerFactory tomcat) {
            tomcat.getEngineValves().stream()
                    .filter(RemoteIpValve.class::isInstance)
                    .map(RemoteIpValve.class::cast)
                    .forEach(valve -> {
                        valve.setInternalProxies(internalProxies);
                        valve.setHostHeader(trustForwardedHost ? FORWARDED_HOST : null);
                    });
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
