package dev.skillfast.platform.problem;

import jakarta.json.bind.JsonbException;

/**
 * A JSON value the API's strict readers refuse (a fraction for a whole number, a number as a string, a
 * number that does not fit its field). JSON-B wraps it in its "property 'x'" failures, which name the
 * field; the mappers answer 400 {@code validation} with that field and this message.
 */
public class RefusedJsonValue extends JsonbException {

    private static final long serialVersionUID = 1L;

    public RefusedJsonValue(String message) {
        super(message);
    }
}
