/**
 * The domain's refusals: one small set of exceptions every feature throws when a request cannot be done
 * ({@link dev.skillfast.platform.errors.NotFoundException}, {@link dev.skillfast.platform.errors.ConflictException},
 * {@link dev.skillfast.platform.errors.ForbiddenException}, {@link dev.skillfast.platform.errors.UnauthorizedException},
 * {@link dev.skillfast.platform.errors.PaymentRequiredException} with the missing amount,
 * {@link dev.skillfast.platform.errors.InvalidInputException} with its field errors,
 * {@link dev.skillfast.platform.errors.TooManyRequestsException} with when to retry and
 * {@link dev.skillfast.platform.errors.TooLargeException}).
 *
 * <p>Design notes. They carry a detail that is safe to show and the facts a client acts on, nothing about
 * HTTP: {@code platform.problem} maps each to its problem type and status in one place, so domain code
 * never imports JAX-RS. A new kind of refusal is a new subclass of the sealed
 * {@link dev.skillfast.platform.errors.DomainException} plus its line in the mapper (a test checks
 * that every subclass has one).
 */
package dev.skillfast.platform.errors;
