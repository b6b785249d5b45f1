package org.truce.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.truce.shared.Role;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

/** The endpoint table is applied to every API endpoint the application serves. */
class EndpointTableTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointHasARowAndNonPublicOnesRefuseTheAnonymous() {
        AntPathMatcher matcher = new AntPathMatcher();
        List<String> unlisted = new ArrayList<>();
        List<String> leaking = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    String concrete = path.replaceAll("\\{[^}]+}", "x");
                    EndpointRule rule = Endpoints.TABLE.stream()
                            .filter(r -> ("*".equals(r.method()) || r.method().equals(method.name()))
                                    && matcher.match(r.pattern(), concrete))
                            .findFirst().orElse(null);
                    if (rule == null) {
                        unlisted.add(method + " " + path);
                        continue;
                    }
                    if (!rule.roles().contains(Role.PUBLIC)) {
                        Api.Response anonymous = api.send(api.request(concrete.replace("x", "abc"))
                                .method(method.name(), java.net.http.HttpRequest.BodyPublishers.noBody()));
                        if (anonymous.status() != 401) {
                            leaking.add(method + " " + path + " answered " + anonymous.status());
                        }
                    }
                }
            }
        }
        assertThat(unlisted).as("endpoints without a row in Endpoints.TABLE (they are refused to everyone)").isEmpty();
        assertThat(leaking).as("non-public endpoints that did not refuse an anonymous caller").isEmpty();
    }

    @Test
    void anUnlistedApiPathIsRefused() {
        assertThat(ua().get("/api/secret-admin").status()).isEqualTo(403);
        assertThat(api.get("/api/secret-admin").status()).isEqualTo(401);
    }
}
