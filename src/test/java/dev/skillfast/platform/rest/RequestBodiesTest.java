package dev.skillfast.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every number and boolean a request body can hold is read by {@link StrictJson}: JSON-B applies its
 * deserializers to the boxed types only, so a primitive ({@code int}) or another number type
 * ({@code float}, {@code BigDecimal}) in a body would be read leniently again.
 */
class RequestBodiesTest {

    private static final Set<Class<?>> STRICT = Set.of(Short.class, Integer.class, Long.class, Double.class,
            Boolean.class);

    @Test
    void bodiesHoldOnlyTheNumberAndBooleanTypesTheStrictReadersCover() {
        List<String> lenient = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        List<Class<?>> resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.skillfast").stream().filter(c -> c.isAnnotatedWith(Path.class))
                .map(JavaClass::reflect).toList();
        assertThat(resources).isNotEmpty();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    for (Parameter parameter : method.getParameters()) {
                        if (isBody(parameter) && parameter.getType() != byte[].class) {
                            check(parameter.getParameterizedType(), resource.getSimpleName() + "." + method.getName(),
                                    lenient, seen);
                        }
                    }
                }
            }
        }
        assertThat(lenient).as("request body fields the strict readers do not cover").isEmpty();
    }

    /** A parameter without a JAX-RS annotation is the entity. */
    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
                return false;
            }
        }
        return true;
    }

    private static void check(Type type, String where, List<String> lenient, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, where, lenient, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> raw)) {
            return;
        }
        boolean numberOrBoolean = raw.isPrimitive() || Number.class.isAssignableFrom(raw) || raw == Boolean.class;
        if (numberOrBoolean && !STRICT.contains(raw)) {
            lenient.add(where + ": " + raw.getName());
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                check(component.getGenericType(), where + "." + component.getName(), lenient, seen);
            }
        }
    }
}
