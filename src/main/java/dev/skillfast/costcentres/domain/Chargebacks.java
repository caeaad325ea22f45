package dev.skillfast.costcentres.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.costcentres.store.CostCentreStore;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;

/** The chargeback report: what a cost centre paid in a month, for administrators and the centre's approvers. */
@ApplicationScoped
public class Chargebacks {

    @Inject
    CostCentreStore centres;

    @Inject
    Wallets wallets;

    @Inject
    SessionService sessions;

    @Inject
    Budgets budgets;

    @Inject
    CostCentreSettings settings;

    /** One session's charges in the month. */
    private static final class Charged {
        long units;
        long amount;
    }

    public ChargebackReport report(String code, YearMonth month, String userId, boolean admin) {
        CostCentre c = centres.find(code).filter(found -> admin || found.approvedBy(userId))
                .orElseThrow(() -> new NotFoundException("No such cost centre."));
        Instant from = budgets.startOf(month);
        Instant to = budgets.startOf(month.plusMonths(1));
        Map<String, Charged> bySession = new LinkedHashMap<>();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        wallets.eachLine(AccountIds.costCentre(c.code(), c.currency()), EntryType.SESSION_CHARGE, from, to, line -> {
            long spent = -line.amount();
            Charged charged = bySession.computeIfAbsent(line.entry().sessionId(), id -> new Charged());
            charged.units++;
            charged.amount += spent;
            byDay.merge(LocalDate.ofInstant(line.entry().createdAt(), settings.zone()), spent, Long::sum);
        });
        Map<String, Session> known = new LinkedHashMap<>();
        sessions.findAll(bySession.keySet()).forEach(s -> known.put(s.id(), s));
        List<ChargebackReport.Line> lines = new ArrayList<>();
        bySession.forEach((id, charged) -> lines.add(line(id, charged, known.get(id))));
        lines.sort(Comparator.comparing(ChargebackReport.Line::startedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ChargebackReport(c.code(), c.name(), c.currency(), month.toString(), from, to, c.monthlyBudget(),
                lines.stream().mapToLong(ChargebackReport.Line::amount).sum(), lines.size(),
                lines.stream().mapToLong(ChargebackReport.Line::minutes).sum(), people(lines), experts(lines),
                byDay.entrySet().stream().map(e -> new ChargebackReport.Day(e.getKey(), e.getValue())).toList(), lines);
    }

    private static ChargebackReport.Line line(String sessionId, Charged charged, Session s) {
        if (s == null) { // a session is never deleted; kept readable should its document be missing
            return new ChargebackReport.Line(sessionId, null, null, null, null, null, null, charged.units, charged.amount);
        }
        int unitSeconds = s.tariff() == null ? 60 : s.tariff().unitSeconds();
        long minutes = (charged.units * unitSeconds + 59) / 60;
        return new ChargebackReport.Line(sessionId, s.clientId(), s.client().name(), s.expertId(), s.expert().name(),
                s.channel().name(), s.startedAt(), minutes, charged.amount);
    }

    /** What one person's or one expert's lines came to. */
    private record Totals(String id, String name, int sessions, long minutes, long amount) {

        Totals plus(Totals more) {
            return new Totals(id, name, sessions + more.sessions, minutes + more.minutes, amount + more.amount);
        }
    }

    /** The lines' totals per id (a person, an expert), the largest amount first. */
    private static List<Totals> totalsBy(List<ChargebackReport.Line> lines, Function<ChargebackReport.Line, String> id,
                                         Function<ChargebackReport.Line, String> name) {
        Map<String, Totals> byId = new LinkedHashMap<>();
        for (ChargebackReport.Line l : lines) {
            byId.merge(String.valueOf(id.apply(l)), new Totals(id.apply(l), name.apply(l), 1, l.minutes(), l.amount()),
                    Totals::plus);
        }
        return byId.values().stream().sorted(Comparator.comparingLong(Totals::amount).reversed()).toList();
    }

    private static List<ChargebackReport.Person> people(List<ChargebackReport.Line> lines) {
        return totalsBy(lines, ChargebackReport.Line::clientId, ChargebackReport.Line::clientName).stream()
                .map(t -> new ChargebackReport.Person(t.id(), t.name(), t.sessions(), t.minutes(), t.amount())).toList();
    }

    private static List<ChargebackReport.Expert> experts(List<ChargebackReport.Line> lines) {
        return totalsBy(lines, ChargebackReport.Line::expertId, ChargebackReport.Line::expertName).stream()
                .map(t -> new ChargebackReport.Expert(t.id(), t.name(), t.sessions(), t.minutes(), t.amount())).toList();
    }
}
