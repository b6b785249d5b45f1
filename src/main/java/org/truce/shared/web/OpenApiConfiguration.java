package org.truce.shared.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** OpenAPI 3.1 at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration
public class OpenApiConfiguration {

    static {
        // the viewer comes from the credentials, not from the request's parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    @Bean
    OpenAPI truceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Truce API")
                        .description("Broker a partial ceasefire and verify, on a record both parties can audit, "
                                + "whether it is kept. Errors are RFC 9457 problem documents naming the field.")
                        .version("0.1")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
