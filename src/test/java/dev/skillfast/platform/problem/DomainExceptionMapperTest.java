package dev.skillfast.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.DomainException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.errors.PaymentRequiredException;
import dev.skillfast.platform.errors.TooLargeException;
import dev.skillfast.platform.errors.TooManyRequestsException;
import dev.skillfast.platform.errors.UnauthorizedException;

/** Each domain exception becomes the problem the API has always answered for it. */
class DomainExceptionMapperTest {

    @Test
    void everyKindOfDomainExceptionHasItsProblemType() {
        assertThat(DomainException.class.getPermittedSubclasses()).isNotEmpty()
                .allSatisfy(kind -> assertThat(DomainExceptionMapper.TYPES).containsKey(kind.asSubclass(DomainException.class)));
        assertThat(DomainExceptionMapper.TYPES).hasSize(DomainException.class.getPermittedSubclasses().length);
    }

    @Test
    void typesStatusesAndTitlesAreThePublicOnes() {
        assertProblem(new NotFoundException("No such review."), "urn:skillfast:problem:not-found", 404, "Not found");
        assertProblem(new ConflictException("Taken."), "urn:skillfast:problem:conflict", 409, "Conflict");
        assertProblem(new ForbiddenException("No."), "urn:skillfast:problem:forbidden", 403, "Forbidden");
        assertProblem(new UnauthorizedException("Sign in."), "urn:skillfast:problem:unauthorized", 401,
                "Authentication required");
        assertProblem(new TooManyRequestsException("Wait.", Duration.ofSeconds(3)),
                "urn:skillfast:problem:too-many-requests", 429, "Too many requests");
        assertProblem(new TooLargeException("Big."), "urn:skillfast:problem:payload-too-large", 413, "Request too large");
        assertProblem(new PaymentRequiredException("Top up.", 450, "EUR"), "urn:skillfast:problem:payment-required", 402,
                "Payment required");
        assertProblem(new InvalidInputException("slugs", "must list every category exactly once"),
                "urn:skillfast:problem:validation", 400, "Invalid request");
    }

    private static void assertProblem(DomainException e, String type, int status, String title) {
        Problem problem = DomainExceptionMapper.problemOf(e, "/api/x");
        assertThat(problem.type()).isEqualTo(type);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isEqualTo(title);
        assertThat(problem.detail()).isEqualTo(e.getMessage());
        assertThat(problem.instance()).isEqualTo("/api/x");
        assertThat(problem.errorId()).isNull();
    }

    @Test
    void anInvalidInputListsItsFieldsInOrderAndSaysThemInTheDetail() {
        Problem problem = DomainExceptionMapper.problemOf(new InvalidInputException(List.of(
                new InvalidInputException.FieldError("timeZone", "must be an IANA time zone such as Europe/Madrid"),
                new InvalidInputException.FieldError("rates", "offer at least one channel with a rate"))), null);
        assertThat(problem.errors()).containsExactly(
                new Problem.FieldError("timeZone", "must be an IANA time zone such as Europe/Madrid"),
                new Problem.FieldError("rates", "offer at least one channel with a rate"));
        assertThat(problem.detail()).isEqualTo("timeZone: must be an IANA time zone such as Europe/Madrid; "
                + "rates: offer at least one channel with a rate");
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAPaymentRequiredSaysWhatIsMissingAndOnlyAnInvalidInputHasFieldErrors() {
        assertThat(DomainExceptionMapper.problemOf(new PaymentRequiredException("Top up.", 450, "EUR"), null).missing())
                .isEqualTo(new Problem.Amount(450, "EUR"));
        for (DomainException other : Arrays.asList(new NotFoundException("x"), new ConflictException("x"),
                new TooManyRequestsException("x", Duration.ofSeconds(1)))) {
            Problem problem = DomainExceptionMapper.problemOf(other, null);
            assertThat(problem.missing()).isNull();
            assertThat(problem.errors()).isNull();
        }
    }
}
