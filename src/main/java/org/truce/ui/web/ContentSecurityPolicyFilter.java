package org.truce.ui.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages load nothing from outside the application (the machines they run on may have no
 * internet, and a page that calls out leaks who reads it): the browser is told so, and refuses
 * scripts, styles, images and requests from anywhere else, and inline scripts. The one exception
 * is the tile server a deployment configures ({@code truce.ui.tile-url}), for its images only.
 */
@Component
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    private static final List<String> NOT_PAGES = List.of("/api/", "/v3/", "/swagger-ui", "/actuator");

    private final String policy;

    ContentSecurityPolicyFilter(@Value("${truce.ui.tile-url:}") String tileUrl) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + tileOrigin(tileUrl) + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        URI uri = URI.create(tileUrl.strip().replace("{s}", "tiles").replaceAll("\\{[^}]*}", "0"));
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "";
        }
        String host = tileUrl.contains("{s}") ? uri.getHost().replaceFirst("^tiles", "*") : uri.getHost();
        return " " + uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NOT_PAGES.stream().noneMatch(path::startsWith)) {
            response.setHeader("Content-Security-Policy", policy);
        }
        chain.doFilter(request, response);
    }
}
