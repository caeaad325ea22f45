package dev.skillfast.accounts.domain;

/**
 * A single sign-on that did not end in a sign-in. {@code code} is what the web app is told
 * ({@code /login?ssoError=<code>}); the message is for the log only.
 */
public class SsoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The codes the web app knows. */
    public enum Code {
        DENIED, UNKNOWN_USER, WRONG_AUDIENCE, INVALID_TOKEN, STATE, SUSPENDED, PROVIDER_ERROR, UNAVAILABLE;

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Code code;

    public SsoFailure(Code code, String message) {
        super(message);
        this.code = code;
    }

    public SsoFailure(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
