package dev.skillfast.dashboards.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.SignUps;
import dev.skillfast.billing.domain.BillingSettings;
import dev.skillfast.dashboards.store.DashboardReads;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;

/** The three dashboards, read from the rollups; the currency defaults to the billing currency. */
@ApplicationScoped
public class Dashboards {

    @Inject
    DashboardReads reads;

    @Inject
    SignUps signUps;

    @Inject
    ExpertService experts;

    @Inject
    BillingSettings billing;

    @Inject
    Clock clock;

    public AdminDashboard admin(LocalDate from, LocalDate to, String currency) {
        DashboardPeriod period = DashboardPeriod.days(from, to, today());
        String cur = currency(currency);
        return DashboardFolds.admin(period, cur, reads.admin(period.from().toString(), period.to().toString(), cur),
                signUps.perDay(period.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                id -> experts.find(id).map(ExpertProfile::displayName).orElse(null));
    }

    public ExpertDashboard expert(String expertId, LocalDate from, LocalDate to, String currency) {
        DashboardPeriod period = DashboardPeriod.weeks(from, to, today());
        String cur = currency(currency);
        return PersonalFolds.expert(period, cur, reads.expertWeeks(expertId, cur));
    }

    public ClientDashboard client(String clientId, LocalDate from, LocalDate to, String currency) {
        DashboardPeriod period = DashboardPeriod.months(from, to, today());
        String cur = currency(currency);
        return PersonalFolds.client(period, cur, reads.client(clientId, period.from().toString().substring(0, 7),
                period.to().toString().substring(0, 7), cur));
    }

    private String currency(String asked) {
        return asked == null ? billing.currency() : asked;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
