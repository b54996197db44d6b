package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the IT contractor relies on: the health check for monitoring and the OpenAPI description. */
class OperationsApiTest extends ApiTestBase {

    @Test
    void health_is_up_without_signing_in() {
        Api.Response r = api.get("/actuator/health", null);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.text("status")).isEqualTo("UP");
    }

    @Test
    void the_openapi_description_lists_every_api_operation() {
        Api.Response r = api.get("/v3/api-docs", null);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : doc.path("paths").properties()) {
            paths.add(e.getKey());
        }
        assertThat(paths).contains("/api/v1/auth/token", "/api/v1/agencies", "/api/v1/agencies/{code}/categories",
                "/api/v1/users", "/api/v1/items", "/api/v1/items/{id}", "/api/v1/items/{id}/history",
                "/api/v1/items/{id}/transitions");
        assertThat(paths).allSatisfy(p -> assertThat(p).startsWith("/api/"));
        JsonNode items = doc.path("paths").path("/api/v1/items/{id}");
        assertThat(items.has("get")).isTrue();
        assertThat(items.has("put")).isTrue();
        assertThat(doc.path("paths").path("/api/v1/items").path("post").path("summary").asString()).isNotBlank();
    }
}
