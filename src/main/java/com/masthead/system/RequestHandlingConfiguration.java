package com.masthead.system;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Three changes to how Spring MVC handles a request. Two were found by profiling uncached pages (see
 * bench/pagecache/RESULTS.md): handler look-up compares paths first ({@link PathFirstHandlerMapping}), and jte
 * pages are rendered into a byte buffer and written at once ({@link BufferedJteView}). The third is a multipart
 * reader that refuses text fields in broken UTF-8 ({@link StrictUtf8MultipartResolver}).
 */
@Configuration(proxyBeanMethods = false)
class RequestHandlingConfiguration {

    @Bean
    WebMvcRegistrations pathFirstHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstHandlerMapping();
            }
        };
    }

    /** Replaces Boot's multipart resolver (it backs off when one exists); same defaults, strict about UTF-8. */
    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    MultipartResolver multipartResolver() {
        return new StrictUtf8MultipartResolver();
    }

    /** Replaces the jte starter's resolver (it backs off when one exists); same settings, buffered views. */
    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        JteViewResolver resolver = new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedJteView(templates);
            }
        };
        // templates take their model as declared parameters; the RequestContext Spring builds for macro-based
        // engines (a few lookups per render) is never read
        resolver.setExposeSpringMacroHelpers(false);
        return resolver;
    }
}
