package dev.skillfast.desk.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.categories.domain.CategoryService;
import dev.skillfast.desk.store.DeskRequestStore;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertSearchIndex;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.DomainException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.mail.Outbox;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.FundingChoice;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionAsking;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.SessionSponsors;

/** Joining, watching, leaving and picking the desk's queues (see the package notes). */
@ApplicationScoped
public class DeskQueue {

    private static final Logger LOG = Logger.getLogger(DeskQueue.class.getName());

    @Inject
    DeskRequestStore store;

    @Inject
    CategoryService categories;

    @Inject
    ExpertService experts;

    @Inject
    SessionService sessions;

    @Inject
    SessionAsking asking;

    @Inject
    SessionSponsors sponsors;

    @Inject
    AccountService accounts;

    @Inject
    DeskSettings settings;

    @Inject
    DeskBroadcast broadcast;

    @Inject
    Outbox outbox;

    @Inject
    ExpertSearchIndex publicExperts;

    @Inject
    Clock clock;

    /** A request as its client sees it: its place in the queue and the wait to expect while it waits. */
    public record Status(DeskRequest request, Integer position, Duration estimatedWait) {
    }

    public Status join(String clientId, String category, Channel channel, String description, String costCentre) {
        if (!categories.activeSlugs().contains(category)) {
            throw new InvalidInputException("category", "There is no such category.");
        }
        if (costCentre != null) {
            sponsors.requireMember(clientId, costCentre); // told now, not when an expert picks it
        }
        Instant now = clock.instant();
        DeskRequest request = new DeskRequest(UUID.randomUUID().toString(), clientId, accounts.get(clientId).displayName(),
                category, channel, description, DeskState.WAITING, now, now.plus(settings.maxWait()), null, null, null, costCentre);
        if (!store.insert(request)) {
            throw new ConflictException("You already have a request waiting at the desk; cancel it to ask again.");
        }
        broadcast.changed(category);
        return status(request);
    }

    /** Its client's (or an administrator's) view of a request. */
    public Status view(String id, String userId, boolean admin) {
        DeskRequest request = store.find(id).filter(r -> admin || r.clientId().equals(userId))
                .orElseThrow(() -> new NotFoundException("No such desk request."));
        return status(request);
    }

    public Status cancel(String id, String clientId) {
        DeskRequest request = store.find(id).filter(r -> r.clientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("No such desk request."));
        DeskRequest cancelled = store.cancel(request.id(), clientId, clock.instant())
                .orElseThrow(() -> new ConflictException("This request is no longer waiting: it was "
                        + store.find(id).map(r -> r.state().name().toLowerCase()).orElse("removed") + "."));
        broadcast.changed(cancelled.category());
        return status(cancelled);
    }

    /** The waiting requests of a category, for its experts. */
    public List<DeskRequest> queue(String category, String expertId) {
        requireExpertOf(category, expertId);
        return store.waiting(category);
    }

    /**
     * An expert of the request's category picks it; it becomes an ordinary session, accepted at once. Of
     * two experts picking the same request, the second is told it is gone (409).
     */
    public Session pick(String id, String expertId) {
        DeskRequest request = store.find(id).orElseThrow(() -> new NotFoundException("No such desk request."));
        ExpertProfile expert = requireExpertOf(request.category(), expertId);
        // What is the expert's to fix is refused before the pick, so the request stays in the queue for others.
        if (expert.presence() != Presence.ONLINE) {
            throw new ConflictException(expert.presence() == Presence.BUSY
                    ? "You are in another session: end it before picking a request."
                    : "You are not online: open SkillFast to pick requests.");
        }
        if (!expert.rates().containsKey(request.channel())) {
            throw new ConflictException("You do not offer " + request.channel().name().toLowerCase() + " sessions.");
        }
        store.pick(id, expertId, clock.instant()).orElseThrow(() -> new ConflictException(
                "This request is no longer waiting: another expert picked it first, or its client left."));
        try {
            FundingChoice payer = request.costCentre() == null ? FundingChoice.WALLET
                    : new FundingChoice(FundedBy.Type.COST_CENTRE, request.costCentre(), null, null);
            Session requested = asking.ask(request.clientId(), expertId, request.channel(), payer).session();
            Session accepted = sessions.accept(requested.id(), expertId);
            store.pickedInto(id, accepted.id());
            broadcast.picked(request, accepted.id(), expertId);
            return accepted;
        } catch (DomainException e) {
            store.pickFailed(id, e.getMessage());
            broadcast.cancelled(request, e.getMessage());
            LOG.info(() -> "Desk request " + id + " picked by " + expertId + " could not start: " + e.getMessage());
            throw e;
        } finally {
            broadcast.changed(request.category());
        }
    }

    /**
     * The client of an expired request leaves a message for the category's experts, mailed to them (once
     * per request, and only where the desk sends mail).
     */
    public void followUp(String id, String clientId, String message) {
        DeskRequest request = store.find(id).filter(r -> r.clientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("No such desk request."));
        if (!outbox.enabled()) {
            throw new ConflictException("This desk sends no e-mail: ask again when experts are online.");
        }
        if (request.state() != DeskState.EXPIRED || !store.leaveFollowUp(id, clientId, message, clock.instant())) {
            throw new ConflictException("A message can be left once, on a request that expired.");
        }
        String clientEmail = accounts.get(clientId).email();
        for (String expertId : publicExperts.idsInCategory(request.category())) {
            User expert = accounts.get(expertId);
            outbox.enqueue("desk-follow-up:" + id + ":" + expertId, expert.email(), expert.language(), "desk-follow-up",
                    Map.of("name", expert.displayName(), "client", request.clientName(), "clientEmail", clientEmail,
                            "description", request.description(), "message", message));
        }
    }

    /** Per category: waiting now, and picked, abandoned and waits since the start of today (UTC). */
    public List<DeskFigures> figuresToday() {
        Instant startOfDay = clock.instant().truncatedTo(ChronoUnit.DAYS);
        return DeskFigures.of(store.allWaiting(), store.endedSince(startOfDay));
    }

    /** Expires every waiting request whose wait ran out; answers how many. */
    public int expireDue() {
        int expired = 0;
        Optional<DeskRequest> next;
        while ((next = store.expireOne(clock.instant())).isPresent()) {
            broadcast.expired(next.get());
            broadcast.changed(next.get().category());
            expired++;
        }
        return expired;
    }

    private ExpertProfile requireExpertOf(String category, String expertId) {
        Optional<ExpertProfile> profile = experts.findPublic(expertId);
        if (profile.isEmpty() || !profile.get().categories().contains(category)) {
            throw new ForbiddenException("Only verified experts of this category see and pick its requests.");
        }
        return profile.get();
    }

    private Status status(DeskRequest request) {
        if (!request.waiting()) {
            return new Status(request, null, null);
        }
        int position = store.position(request);
        List<DeskRequest> recent = store.pickedSince(request.category(), clock.instant().minus(settings.estimateWindow()));
        return new Status(request, position, WaitEstimate.of(recent, position).orElse(null));
    }
}
