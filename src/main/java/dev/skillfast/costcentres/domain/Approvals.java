package dev.skillfast.costcentres.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.costcentres.store.ApprovalStore;
import dev.skillfast.costcentres.store.CostCentreStore;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.realtime.domain.Delivery;

/**
 * Sessions above a cost centre's per-session limit, waiting for an approver. Asking tells the centre's
 * approvers live ({@code approval.requested}); every answer, expiry and use tells the client and the
 * approvers ({@code approval.decided}). Nobody answering within the approval timeout expires it; an
 * approved one the client does not use within the same time expires too.
 */
@ApplicationScoped
public class Approvals {

    private static final Logger LOG = Logger.getLogger(Approvals.class.getName());

    @Inject
    ApprovalStore store;

    @Inject
    CostCentreStore centres;

    @Inject
    AccountService accounts;

    @Inject
    Delivery delivery;

    @Inject
    CostCentreSettings settings;

    @Inject
    Clock clock;

    /** Asks the centre's approvers; 409 when the client already waits for an approval. */
    public Approval ask(CostCentre c, String clientId, ExpertProfile expert, Channel channel, int minutes, long cost,
                        String currency) {
        Instant now = clock.instant();
        Approval asked = new Approval(UUID.randomUUID().toString(), c.code(), clientId, accounts.get(clientId).displayName(),
                expert.id(), expert.displayName(), channel, minutes, cost, currency, ApprovalState.PENDING, now,
                now.plus(settings.approvalTimeout()), null, null, null, null, null);
        if (!store.insert(asked)) {
            throw new ConflictException("You are already waiting for an approval: wait for its answer first.");
        }
        String frame = ApprovalFrames.requested(asked, c.name());
        c.approverIds().forEach(approver -> delivery.toUser(approver, frame));
        LOG.fine(() -> "Approval " + asked.id() + " asked of cost centre " + c.code());
        return asked;
    }

    /** An approver (or an administrator) answers; 409 when it was answered or expired meanwhile. */
    public Approval decide(String code, String id, String userId, boolean admin, boolean approve, String note) {
        CostCentre c = centres.find(code).orElseThrow(() -> new NotFoundException("No such cost centre."));
        if (!c.approvedBy(userId) && !admin) {
            throw new NotFoundException("No such approval."); // not a hint that it exists
        }
        Approval current = ofCentre(code, id);
        if (current.clientId().equals(userId)) {
            throw new ForbiddenException("Another approver must answer your own request.");
        }
        Instant now = clock.instant();
        Approval decided = store.decide(id, code, approve ? ApprovalState.APPROVED : ApprovalState.REJECTED, userId,
                accounts.get(userId).displayName(), note, now, approve ? now.plus(settings.approvalTimeout()) : now)
                .orElseThrow(() -> new ConflictException("This approval can no longer be answered: it is "
                        + store.find(id).map(a -> a.state().name().toLowerCase()).orElse("gone")
                        + (current.state() == ApprovalState.PENDING ? " (its time ran out)." : ".")));
        tell(c, decided);
        return decided;
    }

    /** One approval, for its client, the centre's approvers and administrators; 404 for anyone else. */
    public Approval view(String code, String id, String userId, boolean admin) {
        Approval a = ofCentre(code, id);
        if (a.clientId().equals(userId) || admin || centres.find(code).map(c -> c.approvedBy(userId)).orElse(false)) {
            return a;
        }
        throw new NotFoundException("No such approval.");
    }

    /** The approvals of the centres this user approves for (all, for an administrator) in one state. */
    public List<Approval> inbox(String userId, boolean admin, ApprovalState state) {
        List<String> codes = admin ? null : centres.approvedBy(userId).stream().map(CostCentre::code).toList();
        return codes != null && codes.isEmpty() ? List.of() : store.ofCentres(codes, state, 200);
    }

    /**
     * The client starts their session on an approval: it must be theirs, approved, in time, for this centre,
     * expert and channel. It is spent at once; {@link #giveBack} undoes that if the session is not created.
     */
    public Approval use(String id, String clientId, String code, String expertId, Channel channel) {
        Approval a = store.find(id).filter(found -> found.clientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("No such approval."));
        if (!a.code().equals(code) || !a.expertId().equals(expertId) || a.channel() != channel) {
            throw new ConflictException("This approval is for a " + a.channel().name().toLowerCase() + " session with "
                    + a.expertName() + " on cost centre " + a.code() + ".");
        }
        return store.use(id, clientId, clock.instant()).orElseThrow(() -> new ConflictException(
                "This approval cannot be used: it is " + a.state().name().toLowerCase()
                        + (a.state() == ApprovalState.APPROVED ? " but its time ran out." : ".")));
    }

    public void giveBack(String id, String clientId) {
        store.giveBack(id, clientId);
    }

    public void used(String id, String sessionId) {
        store.usedFor(id, sessionId).ifPresent(a -> centres.find(a.code()).ifPresent(c -> tell(c, a)));
    }

    /** Expires approvals whose time ran out; answers how many. */
    public int expireDue() {
        Instant now = clock.instant();
        List<Approval> expired = new ArrayList<>();
        for (Approval due : store.due(now, 500)) {
            store.expire(due, now).ifPresent(expired::add);
        }
        expired.forEach(a -> centres.find(a.code()).ifPresent(c -> tell(c, a)));
        return expired.size();
    }

    public Optional<Approval> find(String id) {
        return store.find(id);
    }

    /** The approval with this id, if it belongs to this centre; 404 otherwise. */
    private Approval ofCentre(String code, String id) {
        return store.find(id).filter(a -> a.code().equals(code)).orElseThrow(() -> new NotFoundException("No such approval."));
    }

    private void tell(CostCentre c, Approval a) {
        String frame = ApprovalFrames.decided(a, c.name());
        delivery.toUser(a.clientId(), frame);
        c.approverIds().stream().filter(id -> !id.equals(a.clientId())).forEach(id -> delivery.toUser(id, frame));
    }
}
