package dev.skillfast.platform.problem;

/**
 * A query, path or header parameter that does not read as its type ({@code page=abc}, {@code size} beyond
 * an int, {@code online=yes}). An {@code IllegalArgumentException}, as JAX-RS wants from a
 * {@code ParamConverter}; the runtime wraps it (in a 404 for a query parameter), and the mapper finds it
 * among the causes and answers 400 {@code validation} naming the parameter instead.
 */
public class RefusedParameter extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String reason;

    public RefusedParameter(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
