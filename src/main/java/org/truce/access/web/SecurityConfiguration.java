package org.truce.access.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.truce.access.AccountDirectory;
import org.truce.access.EndpointRule;
import org.truce.access.Endpoints;
import org.truce.access.PathRules;

/**
 * Authentication (bearer tokens for the API, username and password for the web UI) and the
 * endpoint table of {@link Endpoints}, applied to every request.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final List<String> MACHINE_PATHS = List.of("/api/", "/actuator", "/v3/", "/swagger-ui", "/error");
    private static final String LOGIN_PAGE = "/login";
    /** Sends a signed-in user on to the home of its role (the web UI knows which page that is). */
    private static final String SIGNED_IN_HOME = "/home";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDirectory directory, ProblemResponses problems,
                                           ObjectProvider<PathRules> pageRules) throws Exception {
        http.addFilterBefore(new BearerTokenFilter(directory, problems), UsernamePasswordAuthenticationFilter.class);
        http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfProtection));
        http.httpBasic(basic -> basic.disable());
        http.authorizeHttpRequests(auth -> {
            Endpoints.TABLE.forEach(rule -> apply(auth, rule));
            pageRules.orderedStream().flatMap(rules -> rules.rules().stream()).forEach(rule -> {
                if (rule.pattern().startsWith("/api/")) {
                    throw new IllegalStateException("API paths are ruled by Endpoints.TABLE only: " + rule.pattern());
                }
                apply(auth, rule);
            });
            auth.requestMatchers("/api/**").denyAll();
            auth.anyRequest().permitAll();
        });
        // the web UI: username and password, a session cookie; the API keeps answering with problems
        http.formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl(SIGNED_IN_HOME).failureUrl(LOGIN_PAGE + "?error"));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?signed-out"));
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(request -> "GET".equals(request.getMethod()) && isPage(request));
        http.requestCache(cache -> cache.requestCache(pagesOnly));
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        http.exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, e) -> {
                    if (isPage(request)) {
                        signIn.commence(request, response, e);
                    } else {
                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "Not authenticated", "sign in or send 'Authorization: Bearer <token>'");
                    }
                })
                .accessDeniedHandler((request, response, e) -> {
                    if (isPage(request)) {
                        response.sendError(HttpStatus.FORBIDDEN.value());
                    } else {
                        problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "your role may not call " + request.getMethod() + " " + request.getRequestURI());
                    }
                }));
        return http.build();
    }

    /** A page of the web UI (HTML for a browser), as opposed to the API and the machine endpoints. */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return MACHINE_PATHS.stream().noneMatch(path::startsWith);
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
     * and requests without a session need no CSRF token. Signing in always does, so that no other
     * site can sign a browser in to an account of its choosing.
     */
    private static boolean needsCsrfProtection(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (LOGIN_PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            return true;
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
