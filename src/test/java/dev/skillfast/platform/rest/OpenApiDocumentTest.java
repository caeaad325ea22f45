package dev.skillfast.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The OpenAPI document the build generates (META-INF/openapi.yaml, served with scanning off) describes
 * every JAX-RS resource of ours and nothing of the PayPal REST client interfaces, whose paths are PayPal's.
 */
class OpenApiDocumentTest {

    private static final Pattern PATH_KEY = Pattern.compile("^  (/\\S*):\\s*$", Pattern.MULTILINE);

    @Test
    void everyResourceOfOursIsDocumentedAndNoneOfPayPals() throws IOException {
        Set<String> documented = documentedPaths();
        List<JavaClass> resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.skillfast").stream().filter(c -> c.isAnnotatedWith(Path.class)).toList();
        assertThat(resources).hasSizeGreaterThan(30);
        for (JavaClass resource : resources) {
            String path = "/" + resource.getAnnotationOfType(Path.class).value().replaceAll("^/+|/+$", "");
            if (resource.getPackageName().startsWith("dev.skillfast.payments.paypal")) {
                assertThat(documented).as("PayPal's own API is not ours").noneMatch(p -> p.startsWith(path));
            } else {
                String prefix = ("/api" + path).replaceAll("/+$", "");
                assertThat(documented).as(resource.getName() + " documented under " + prefix)
                        .anyMatch(p -> p.equals(prefix) || p.startsWith(prefix + "/"));
            }
        }
    }

    private static Set<String> documentedPaths() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertThat(in).as("META-INF/openapi.yaml, written by smallrye-open-api-maven-plugin at process-classes").isNotNull();
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = PATH_KEY.matcher(yaml.substring(yaml.indexOf("\npaths:")));
            return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
        }
    }
}
