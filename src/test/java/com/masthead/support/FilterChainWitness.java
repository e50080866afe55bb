package com.masthead.support;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the requests that go on into the servlet filter chain: the last valve of the web application's
 * pipeline, right before Tomcat hands the request to the filters (the page cache's filter first) and to Spring's
 * dispatch. A request answered before that never reaches it. Changes nothing else.
 */
public final class FilterChainWitness extends ValveBase {

    private static final ConcurrentHashMap<String, AtomicLong> SEEN = new ConcurrentHashMap<>();

    private FilterChainWitness() {
        super(true);
    }

    /** How many {@code method} requests for {@code pathAndQuery} on the server at {@code port} reached the chain. */
    public static long seen(int port, String method, String pathAndQuery) {
        AtomicLong count = SEEN.get(port + " " + method + " " + pathAndQuery);
        return count == null ? 0 : count.get();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String query = request.getQueryString();
        String target = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        SEEN.computeIfAbsent(request.getLocalPort() + " " + request.getMethod() + " " + target, k -> new AtomicLong())
                .incrementAndGet();
        getNext().invoke(request, response);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        /** Added after every other context valve (the application's own run first). */
        @Bean
        static WebServerFactoryCustomizer<TomcatServletWebServerFactory> filterChainWitness() {
            return new Customizer();
        }
    }

    private static final class Customizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextValves(new FilterChainWitness());
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
