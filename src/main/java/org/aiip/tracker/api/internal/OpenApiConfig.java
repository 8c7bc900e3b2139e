package org.aiip.tracker.api.internal;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.annotations.ParameterObject;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The OpenAPI document at {@code /v3/api-docs} (springdoc builds the paths from the controllers; only
 * {@code /api/v1/**} is documented), shown by Swagger UI at {@code /api}.
 */
@Configuration
class OpenApiConfig {

    /** The security scheme that write operations name in their {@code @SecurityRequirement}. */
    static final String API_TOKEN = "apiToken";

    static final String PROBLEM = "Problem";

    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI trackerOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Initiative Tracker API")
                .version("v1")
                .description("""
                        The record of the AI IP Cooperation Initiative as JSON: members, clauses, patent filings, \
                        compliance assessments, agreements and the dashboard figures. Reading needs no account; \
                        unpublished filings appear only for the applicant's editors and admins. Errors are RFC 9457 \
                        problem details (application/problem+json) in the language of Accept-Language (en, ko, zh). \
                        Anonymous calls are limited per client address (60 a minute by default, per instance); \
                        X-RateLimit-Remaining says how many are left, and 429 answers carry Retry-After."""))
            .components(new Components()
                .addSecuritySchemes(API_TOKEN,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .description("Personal API token from the account page"))
                .addSchemas(PROBLEM, problemSchema()));
    }

    /**
     * The error answers each operation can give, as problem details: 429 always, 404 where the path
     * names a record, 400 where parameters or a body are read.
     */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            List<MethodParameter> parameters = Arrays.asList(handler.getMethodParameters());
            if (parameters.stream().anyMatch(p -> p.hasParameterAnnotation(RequestParam.class)
                    || p.hasParameterAnnotation(ParameterObject.class) || p.hasParameterAnnotation(RequestBody.class))) {
                operation.getResponses().addApiResponse("400", problem("Invalid parameters, listed in errors"));
            }
            if (parameters.stream().anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
                operation.getResponses().addApiResponse("404", problem("No such record, or not visible to the caller"));
            }
            operation.getResponses()
                .addApiResponse("429", problem("Too many requests from this address; see the Retry-After header"));
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
            .content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
            .addProperty("message", new StringSchema());
        return new ObjectSchema().description("An RFC 9457 problem detail, in the language of Accept-Language")
            .addProperty("type", new StringSchema().format("uri"))
            .addProperty("title", new StringSchema())
            .addProperty("status", new IntegerSchema())
            .addProperty("detail", new StringSchema())
            .addProperty("instance", new StringSchema().format("uri"))
            .addProperty("errors", new ArraySchema().items(fieldError)
                .description("For invalid input: each field or parameter and what is wrong with it"));
    }

}
