package dev.skillfast.accounts.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.skillfast.platform.input.SingleLine;

/**
 * The one rule for a display name, wherever it enters (sign-up, {@code PATCH /api/me}): 1 to 80
 * characters, not only blanks, one line without control characters. Null is valid (a field left out);
 * sign-up adds {@code @NotNull}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = {})
@Size(min = 1, max = 80)
@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
@SingleLine
public @interface DisplayName {

    String message() default "is not a valid display name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
