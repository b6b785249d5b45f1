package org.truce.ui.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The reader's language and zone for every request, and the header's switches on every page. */
@Configuration
class UiWebConfiguration implements WebMvcConfigurer {

    private final UiLocaleResolver locales = new UiLocaleResolver();

    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return locales;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PreferencesInterceptor(locales))
                .excludePathPatterns("/api/**", "/v3/**", "/swagger-ui/**", "/actuator/**", "/webjars/**", "/css/**",
                        "/js/**", "/images/**", "/error");
    }
}
