package org.truce.access.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.truce.access.AccountDirectory;
import org.truce.shared.Viewer;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A token that matches no live token is
 * refused outright rather than treated as anonymous, so a revoked token fails loudly.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final AccountDirectory directory;
    private final ProblemResponses problems;

    BearerTokenFilter(AccountDirectory directory, ProblemResponses problems) {
        this.directory = directory;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Viewer> viewer = directory.byToken(header.substring(7).trim());
            if (viewer.isEmpty()) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated",
                        "the bearer token is unknown or revoked");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(viewer.get(), null, Authorities.of(viewer.get())));
        }
        chain.doFilter(request, response);
    }
}
