package org.gongkai.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API and its bearer token, so Swagger UI and generated clients can sign in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI gongkaiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Gongkai 政务公开平台 API").version("v1")
                        .description("令牌：POST /api/v1/auth/token，然后在请求头中带 Authorization: Bearer <token>。"
                                + "公开接口（机构、栏目、检索）无需令牌。"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
