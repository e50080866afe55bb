package com.masthead.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /**
     * Replaces the publisher Spring Boot would declare, which publishes a failure event only for Spring Security's
     * own exception classes: a login refused by an application exception (for example the staff module's login
     * throttle) would then leave no trace. Unmapped failures are published as a bad-credentials event here; the
     * audit entry names the actual exception kind.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }
}
