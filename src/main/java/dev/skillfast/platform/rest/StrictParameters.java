package dev.skillfast.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import dev.skillfast.platform.input.ExactNumbers;
import dev.skillfast.platform.problem.RefusedParameter;

/**
 * How parameters ({@code ?page=}, {@code ?maxRate=}, {@code ?online=}) read numbers and booleans: as the
 * JSON bodies do ({@link ExactNumbers}), else 400 naming the parameter ({@link RefusedParameter}, which the
 * problem mappers find inside the 404 JAX-RS makes of a query parameter it cannot convert) — and without
 * Java's leniency ({@code +5}, {@code 0x10}, {@code NaN}, {@code yes} for false). An empty value counts as
 * absent: null, or the declared default.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    /** How one type reads its text, and what a client is told when it cannot. */
    private record Reader(Function<String, Optional<?>> read, String message) {
    }

    private static final Reader SHORTS = whole(ExactNumbers.Whole.SHORT);
    private static final Reader INTS = whole(ExactNumbers.Whole.INT);
    private static final Reader LONGS = whole(ExactNumbers.Whole.LONG);
    private static final Reader DOUBLES = new Reader(text -> ExactNumbers.parse(text).flatMap(ExactNumbers::finite),
            "must be a number such as 4.5");
    private static final Reader BOOLEANS = new Reader(
            text -> "true".equals(text) ? Optional.of(true) : "false".equals(text) ? Optional.of(false) : Optional.empty(),
            "must be true or false");

    private static final Map<Class<?>, Reader> READERS = Map.of(short.class, SHORTS, Short.class, SHORTS,
            int.class, INTS, Integer.class, INTS, long.class, LONGS, Long.class, LONGS,
            double.class, DOUBLES, Double.class, DOUBLES, boolean.class, BOOLEANS, Boolean.class, BOOLEANS);

    private static Reader whole(ExactNumbers.Whole kind) {
        return new Reader(text -> ExactNumbers.parse(text).flatMap(kind::of), kind.message());
    }

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reader reader = READERS.get(rawType);
        return reader == null ? null : new Strict<>(reader, nameOf(annotations), defaultOf(annotations), rawType.isPrimitive());
    }

    private static final class Strict<T> implements ParamConverter<T> {

        private final Reader reader;
        private final String name;
        private final String fallback;
        private final boolean primitive;

        Strict(Reader reader, String name, String fallback, boolean primitive) {
            this.reader = reader;
            this.name = name;
            this.fallback = fallback;
            this.primitive = primitive;
        }

        @Override
        @SuppressWarnings("unchecked") // the reader makes the boxed value of T (or of T's primitive)
        public T fromString(String text) {
            String value = text == null || text.isEmpty() ? fallback : text;
            if (value == null && !primitive) {
                return null;
            }
            return (T) Optional.ofNullable(value).flatMap(reader.read())
                    .orElseThrow(() -> new RefusedParameter(name, reader.message()));
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation instanceof QueryParam q ? q.value()
                    : annotation instanceof PathParam p ? p.value()
                    : annotation instanceof HeaderParam h ? h.value()
                    : annotation instanceof MatrixParam m ? m.value()
                    : annotation instanceof FormParam f ? f.value()
                    : annotation instanceof CookieParam c ? c.value() : null;
            if (name != null) {
                return name;
            }
        }
        return "parameter";
    }

    private static String defaultOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof DefaultValue fallback) {
                return fallback.value();
            }
        }
        return null;
    }
}
