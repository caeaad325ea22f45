package dev.skillfast.costcentres.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.Tariff;

/** The small rules of cost centres: expected costs, limits, and codes in a sign-in claim. */
class CostCentreRulesTest {

    @Test
    void anExpectedLengthCostsItsUnitsStartedOnesWholeFreeOnesExcluded() {
        Tariff perMinute = new Tariff(100, "EUR", 1, 2000, 60);
        assertThat(CostCentreSponsor.expectedCost(perMinute, 10)).isEqualTo(900);
        Tariff perHalfMinute = new Tariff(50, "EUR", 0, 2000, 30);
        assertThat(CostCentreSponsor.expectedCost(perHalfMinute, 1)).isEqualTo(100);
        Tariff odd = new Tariff(10, "EUR", 0, 0, 45);
        assertThat(CostCentreSponsor.expectedCost(odd, 1)).as("60 s are two 45 s units started").isEqualTo(20);
    }

    @Test
    void aLimitAllowsUpToItsAmountAndNoLimitAllowsAll() {
        assertThat(FundedBy.costCentre("FIN", 300L).allows(300)).isTrue();
        assertThat(FundedBy.costCentre("FIN", 300L).allows(301)).isFalse();
        assertThat(FundedBy.costCentre("FIN", null).allows(Long.MAX_VALUE)).isTrue();
        assertThat(FundedBy.WALLET.allows(Long.MAX_VALUE)).isTrue();
    }

    @Test
    void aClaimNamesCodesAsAStringOrAListInAnyCaseAndNothingElseCounts() {
        assertThat(SsoMemberships.codesIn("fin-01")).containsExactly("FIN-01");
        assertThat(SsoMemberships.codesIn(List.of(" ops ", "FIN", 42, "not a code!", "x"))).containsExactly("FIN", "OPS");
        assertThat(SsoMemberships.codesIn(null)).isEmpty();
        assertThat(SsoMemberships.codesIn(Boolean.TRUE)).isEmpty();
    }
}
