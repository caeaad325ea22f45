package dev.skillfast.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The web container's own errors get the API's problem types and words, never its classes. */
class ContainerErrorPageTest {

    @ParameterizedTest
    @CsvSource({"400,urn:skillfast:problem:malformed-request", "404,urn:skillfast:problem:not-found",
        "403,urn:skillfast:problem:forbidden", "413,urn:skillfast:problem:payload-too-large", "415,about:blank",
        "405,about:blank", "500,urn:skillfast:problem:internal", "503,urn:skillfast:problem:unavailable"})
    void eachStatusHasItsProblemType(int status, String type) {
        Problem problem = ContainerErrorPage.problem(status, new IllegalArgumentException("SRVE0190E: /x"), "/x/..%2F");
        assertThat(problem.type()).isEqualTo(type);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.instance()).isEqualTo("/x/..%2F");
        assertThat(problem.detail()).doesNotContain("SRVE").doesNotContain("java.").doesNotContain("Exception");
        assertThat(problem.errorId() != null).isEqualTo(status == 500);
    }
}
