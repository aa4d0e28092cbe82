package id.redaksi.api;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's OpenAPI 3.1 description, written by hand next to the code and the same for every site. */
@RestController
class OpenApiController {

    private static final Resource DESCRIPTION = new ClassPathResource("api/openapi.json");

    @GetMapping("/api/v1/openapi.json")
    ResponseEntity<Resource> description() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DESCRIPTION);
    }
}
