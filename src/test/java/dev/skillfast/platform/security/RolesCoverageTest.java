package dev.skillfast.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

/**
 * Deny by default: every resource method of the application says who may call it, with
 * {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll} on the method itself.
 */
class RolesCoverageTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class, OPTIONS.class);

    @Test
    void everyResourceMethodHasAnExplicitRule() throws Exception {
        List<String> unguarded = new ArrayList<>();
        List<Class<?>> resources = resourceClasses();
        assertThat(resources).as("resource classes found").hasSizeGreaterThanOrEqualTo(5);
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean endpoint = HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent);
                boolean ruled = method.isAnnotationPresent(RolesAllowed.class)
                        || method.isAnnotationPresent(PermitAll.class) || method.isAnnotationPresent(DenyAll.class);
                if (endpoint && !ruled) {
                    unguarded.add(resource.getName() + "#" + method.getName());
                }
            }
        }
        assertThat(unguarded).as("resource methods without @RolesAllowed/@PermitAll/@DenyAll").isEmpty();
    }

    private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RolesCoverageTest.class.getClassLoader());
                // interfaces with @Path are outgoing REST clients (PayPal's API), not resources of this server
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) && !type.isInterface()) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
