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
    CostCentreSettings settings;

    /** One session's charges in the month. */
    private static final class Charged {
        long units;
        long amount;
    }

    public ChargebackReport report(String code, YearMonth month, String userId, boolean admin) {
        CostCentre c = centres.find(code).filter(found -> admin || found.approvedBy(userId))
                .orElseThrow(() -> new NotFoundException("No such cost centre."));
        Instant from = month.atDay(1).atStartOfDay(settings.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(settings.zone()).toInstant();
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

    private static List<ChargebackReport.Person> people(List<ChargebackReport.Line> lines) {
        Map<String, ChargebackReport.Person> people = new LinkedHashMap<>();
        for (ChargebackReport.Line l : lines) {
            people.merge(String.valueOf(l.clientId()), new ChargebackReport.Person(l.clientId(), l.clientName(), 1, l.minutes(),
                    l.amount()), (a, b) -> new ChargebackReport.Person(a.userId(), a.name(), a.sessions() + 1,
                    a.minutes() + b.minutes(), a.amount() + b.amount()));
        }
        return people.values().stream().sorted(Comparator.comparingLong(ChargebackReport.Person::amount).reversed()).toList();
    }

    private static List<ChargebackReport.Expert> experts(List<ChargebackReport.Line> lines) {
        Map<String, ChargebackReport.Expert> experts = new LinkedHashMap<>();
        for (ChargebackReport.Line l : lines) {
            experts.merge(String.valueOf(l.expertId()), new ChargebackReport.Expert(l.expertId(), l.expertName(), 1,
                    l.minutes(), l.amount()), (a, b) -> new ChargebackReport.Expert(a.expertId(), a.name(), a.sessions() + 1,
                    a.minutes() + b.minutes(), a.amount() + b.amount()));
        }
        return experts.values().stream().sorted(Comparator.comparingLong(ChargebackReport.Expert::amount).reversed()).toList();
    }
}
