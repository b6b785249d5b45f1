package org.truce.access.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.truce.access.AccountDirectory;
import org.truce.access.EndpointRule;
import org.truce.access.Endpoints;

/**
 * Authentication (bearer tokens for the API, username and password for the web UI) and the
 * endpoint table of {@link Endpoints}, applied to every request.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDirectory directory, ProblemResponses problems)
            throws Exception {
        http.addFilterBefore(new BearerTokenFilter(directory, problems), UsernamePasswordAuthenticationFilter.class);
        http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfProtection));
        http.httpBasic(basic -> basic.disable());
        http.authorizeHttpRequests(auth -> {
            Endpoints.TABLE.forEach(rule -> apply(auth, rule));
            auth.requestMatchers("/api/**").denyAll();
            auth.anyRequest().permitAll();
        });
        http.exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                        HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated",
                        "sign in or send 'Authorization: Bearer <token>'"))
                .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                        HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "your role may not call " + request.getMethod() + " " + request.getRequestURI())));
        return http.build();
    }

    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth, EndpointRule rule) {
        var matcher = "*".equals(rule.method())
                ? auth.requestMatchers(rule.pattern())
                : auth.requestMatchers(HttpMethod.valueOf(rule.method()), rule.pattern());
        if (rule.isPublic()) {
            matcher.permitAll();
        } else {
            matcher.hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
        }
    }

    /**
     * Only cookie-authenticated requests can be forged cross-site: API calls with a bearer token
     * and requests without a session need no CSRF token.
     */
    private static boolean needsCsrfProtection(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return request.getRequestedSessionId() != null;
    }

    @Bean
    UserDetailsService userDetailsService(AccountDirectory directory) {
        return username -> directory.byUsername(username)
                .map(credentials -> new AccountUserDetails(credentials.viewer(), credentials.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    @Bean
    WebMvcConfigurer viewerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ViewerArgumentResolver());
            }
        };
    }
}
