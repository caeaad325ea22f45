package dev.skillfast.platform.problem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;

/**
 * Turns a JSON reading failure into words for the client: where the syntax broke, or which property
 * had the wrong shape. JSON-B's own messages name Java classes, so they are never passed on as they are.
 */
final class JsonProblems {

    private static final Pattern PROPERTY = Pattern.compile("[Pp]roperty '?\"?([A-Za-z0-9_$.\\-]{1,64})'?\"?");
    /** Yasson's words for a property the target type does not have. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S{1,64}) can not be mapped to a class");

    private JsonProblems() {
    }

    /** Whether this failure (or one of its causes) comes from reading JSON. */
    static boolean isJsonFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
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
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
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
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
