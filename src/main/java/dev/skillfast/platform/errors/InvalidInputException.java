package dev.skillfast.platform.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input the domain cannot accept, field by field (checks Bean Validation cannot make: against the
 * catalogue, the state, another field). The detail lists them as {@code field: message; …}.
 */
public final class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** One refused input field, named as the client sent it. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        return errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
    }
}
