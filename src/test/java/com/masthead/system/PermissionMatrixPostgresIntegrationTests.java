package com.masthead.system;

import com.masthead.staff.StaffRole;
import com.masthead.support.PostgresSiteTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class PermissionMatrixPostgresIntegrationTests extends PostgresSiteTest implements PermissionMatrixContract {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Override
    public Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/admin") || p.startsWith("/api/v1"))
                        .forEach(p -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> endpoints.add(m.name() + " " + p))));
        return endpoints;
    }

    @Override
    public HttpResponse<String> sendWithToken(String method, String path, StaffRole role) {
        return send(request(method, path)
                .header("Authorization", "Bearer " + token(role))
                .build());
    }

    @Override
    public HttpResponse<String> sendAnonymously(String method, String path) {
        return send(request(method, path).build());
    }

    private HttpRequest.Builder request(String method, String path) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : PermissionMatrixContract.emptyJson());
    }
}
