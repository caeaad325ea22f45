package dev.skillfast.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;

/**
 * Turns a JSON reading failure into words for the client: where the syntax broke, or which property
 * had the wrong shape. JSON-B's own messages name Java classes, so they are never passed on as they are.
 */
final class JsonProblems {

    private static final Pattern PROPERTY = Pattern.compile("[Pp]roperty '?\"?([A-Za-z0-9_$.\\-]{1,64})'?\"?");
    /** Yasson's words for a property the target type does not have. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S{1,64}) can not be mapped to a class");
    /** How Yasson wraps a failure inside a property (records and classes alike). */
    private static final Pattern IN_PROPERTY = Pattern.compile("^Unable to deserialize property '([^']{1,64})'");
    /** The JSON-P implementation's own limits (nesting depth, number length) fail with plain runtime exceptions. */
    private static final String JSON_P_IMPLEMENTATION = "org.eclipse.parsson.";

    private JsonProblems() {
    }

    /** Whether this failure (or one of its causes) comes from reading JSON. */
    static boolean isJsonFailure(Throwable e) {
        return Causes.chain(e).stream().anyMatch(t -> t instanceof JsonbException
                || t instanceof jakarta.json.JsonException || thrownByJsonP(t));
    }

    private static boolean thrownByJsonP(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(JSON_P_IMPLEMENTATION);
    }

    /**
     * The answer to a body that could not be read: a value the strict readers refused is 400
     * {@code validation} naming its field ("rates.CHAT"); anything else 400 {@code malformed-request}
     * saying where the JSON broke or which property had the wrong shape.
     */
    static Response response(Throwable e, String instance) {
        Optional<RefusedJsonValue> refused = Causes.find(e, RefusedJsonValue.class);
        if (refused.isPresent()) {
            return Problems.invalidField(fieldPath(e), refused.get().getMessage(), instance);
        }
        return Problems.response(ProblemType.MALFORMED_REQUEST, describe(e), instance);
    }

    /** The refused value's place in the body, from JSON-B's wrappers, outermost first; "body" for the root. */
    static String fieldPath(Throwable e) {
        List<String> names = new ArrayList<>();
        for (Throwable t : Causes.chain(e)) {
            Matcher matcher = IN_PROPERTY.matcher(t.getMessage() == null ? "" : t.getMessage());
            if (t instanceof JsonbException && matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    static String describe(Throwable e) {
        Optional<JsonLocation> location = find(e, JsonParsingException.class).map(JsonParsingException::getLocation);
        // Nothing read at all: the parser fails at line 1, column 0.
        if (location.isPresent() && location.get().getLineNumber() <= 1 && location.get().getColumnNumber() <= 0) {
            return "The request body is empty: send a JSON object.";
        }
        if (location.isPresent() && location.get().getLineNumber() > 0) {
            return "The request body is not well-formed JSON (line " + location.get().getLineNumber()
                    + ", column " + location.get().getColumnNumber() + ").";
        }
        if (find(e, JsonParsingException.class).isPresent()) {
            return "The request body is not well-formed JSON.";
        }
        Optional<String> unknown = firstMatch(e, UNKNOWN_PROPERTY);
        if (unknown.isPresent()) {
            return "The request body has a property this operation does not accept: '" + unknown.get() + "'.";
        }
        Optional<String> property = firstMatch(e, PROPERTY);
        return property.map(name -> "The request body has an invalid value for '" + name
                        + "': wrong type, or not allowed here.")
                .orElse("The request body is not valid JSON for this operation.");
    }

    private static Optional<String> firstMatch(Throwable e, Pattern pattern) {
        for (Throwable t : Causes.chain(e)) {
            if (t.getMessage() != null) {
                Matcher matcher = pattern.matcher(t.getMessage());
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        return Causes.find(e, type);
    }
}
