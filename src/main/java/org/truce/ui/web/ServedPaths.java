package org.truce.ui.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether this instance serves an endpoint that another feature provides (the ledger's checkpoint),
 * so that a page links to it only once it exists.
 */
@Component
class ServedPaths {

    private final RequestMappingHandlerMapping mappings;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    ServedPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    boolean serves(String path) {
        if (known.contains(path)) {
            return true;
        }
        boolean served = mappings.getHandlerMethods().keySet().stream()
                .anyMatch(info -> info.getPatternValues().contains(path));
        if (served) {
            known.add(path);
        }
        return served;
    }
}
