import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { AuthService } from '../../../core/auth/auth.service';
import { paymentRequiredOf } from '../../../core/billing/billing.model';
import { watchApproval } from '../../../core/cost-centres/approval-watch';
import {
  Approval,
  fundedByOf,
  parseExpectedMinutes,
} from '../../../core/cost-centres/cost-centre.model';
import { MyCostCentres } from '../../../core/cost-centres/my-cost-centres';
import { Channel, ExpertProfile } from '../../../core/experts/expert.model';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { SessionsService, StartSession } from '../../../core/sessions/sessions.service';
import { FundingChoice, expectedMinutesMessage } from '../../../shared/cost-centres/funding-choice';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { CHANNEL_ICONS } from '../../../shared/experts/expert-rates';
import { TimeOfDayPipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';

/** What is missing after a 402: from the wallet, or from a cost centre's budget. */
interface Shortfall {
  amount: number | null;
  currency: string | null;
  text?: string;
}

/** A session waiting for a cost centre's approver. */
interface Waiting {
  approval: Approval;
  channel: Channel;
  centreName: string;
}

/** How an approval ended other than approved. */
interface Refusal {
  state: 'REJECTED' | 'EXPIRED';
  centreName: string;
  note: string | null;
}

/**
 * The expert page's start buttons for a signed-in user: one per offered channel, enabled for
 * clients while the expert is online. Clients who belong to cost centres choose who pays ("Pay
 * with": the wallet by default, or a centre, with an optional expected length). A 402 says what
 * the wallet (with "Add funds") or the centre's budget lacks; a 202 shows the wait for the
 * centre's approvers, followed live: approved, the session is asked for again with the approval
 * and opens as usual; rejected (with the approver's note) or expired, it says so.
 */
@Component({
  selector: 'app-expert-start',
  imports: [RouterLink, TranslatePipe, Icon, MoneyPipe, TimeOfDayPipe, FundingChoice],
  templateUrl: './expert-start.html',
  styleUrl: './expert-start.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpertStart {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly sessions = inject(SessionsService);
  private readonly myCentres = inject(MyCostCentres);
  private readonly destroyRef = inject(DestroyRef);

  readonly expert = input.required<ExpertProfile>();
  readonly offered = input.required<readonly Channel[]>();
  /** Why the buttons are disabled (a key under `experts.page.startBlocked`), or null. */
  readonly blocked = input<string | null>(null);
  /** This page, where "Add funds" comes back to. */
  readonly returnUrl = input.required<string>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly icons = CHANNEL_ICONS;
  protected readonly isClient = computed(() => this.auth.role() === 'CLIENT');
  /** The cost centres the client may charge ("Pay with" shows only when there are some). */
  protected readonly centres = computed(() => (this.isClient() ? this.myCentres.chargeable() : []));
  /** Who pays: '' for the wallet, else a centre's code. */
  protected readonly fundingCode = signal('');
  protected readonly expectedMinutes = signal('');

  /** The channel whose request is being sent. */
  protected readonly starting = signal<Channel | null>(null);
  protected readonly startError = signal<UserMessage | null>(null);
  /** A 402 on the wallet: the minimum minutes are not covered (amount null when not said). */
  protected readonly startFunds = signal<Shortfall | null>(null);
  /** A 402 on a cost centre: its budget left does not cover the start. */
  protected readonly budgetShort = signal<(Shortfall & { centreName: string }) | null>(null);
  protected readonly waiting = signal<Waiting | null>(null);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly busy = computed(() => this.starting() !== null || this.waiting() !== null);

  constructor() {
    // Fresh balances for "Pay with" (the header may have read them long ago).
    if (this.auth.role() === 'CLIENT') {
      this.myCentres.reload();
    }
    watchApproval(
      () => this.waiting()?.approval ?? null,
      (approval) => this.onDecided(approval),
    );
  }

  /** "Add funds" after a 402: the missing amount and, once paid, back to this page. */
  protected addFundsParams(funds: Shortfall) {
    return {
      amount: funds.amount ?? undefined,
      currency: funds.currency ?? undefined,
      returnTo: this.returnUrl(),
    };
  }

  /** Asks the expert for a session on `channel`, paid as chosen, then opens its room. */
  protected start(channel: Channel): void {
    if (this.busy() || this.blocked() !== null) {
      return;
    }
    const code = this.centres().some((c) => c.code === this.fundingCode())
      ? this.fundingCode()
      : '';
    const body: StartSession = { expertId: this.expert().id, channel, fundedBy: fundedByOf(code) };
    if (code) {
      if (expectedMinutesMessage(this.expectedMinutes()) !== null) {
        return; // the field says why
      }
      const minutes = parseExpectedMinutes(this.expectedMinutes());
      if (minutes !== null) {
        body.expectedMinutes = minutes;
      }
    }
    this.send(body);
  }

  /** Stops waiting for the approvers here (the request itself simply expires). */
  protected stopWaiting(): void {
    this.waiting.set(null);
  }

  private send(body: StartSession): void {
    this.starting.set(body.channel);
    this.startError.set(null);
    this.startFunds.set(null);
    this.budgetShort.set(null);
    this.refusal.set(null);
    this.sessions
      .start(body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (outcome) => {
          if (outcome.kind === 'started') {
            void this.router.navigate(['/sessions', outcome.session.id]);
            return;
          }
          this.starting.set(null);
          const approval = outcome.approval;
          this.waiting.set({
            approval,
            channel: body.channel,
            centreName: this.centreName(approval.code, approval.centreName),
          });
        },
        error: (error: unknown) => this.failed(error, body),
      });
  }

  private failed(error: unknown, body: StartSession): void {
    this.starting.set(null);
    const funds = paymentRequiredOf(error);
    const text = toUserMessage(error).text;
    if (funds && body.fundedBy?.type === 'COST_CENTRE') {
      this.budgetShort.set({ ...funds, text, centreName: this.centreName(body.fundedBy.code) });
    } else if (funds) {
      this.startFunds.set({ ...funds, text });
    } else {
      this.startError.set(toUserMessage(error));
    }
  }

  private onDecided(approval: Approval): void {
    const waiting = this.waiting();
    if (!waiting) {
      return;
    }
    this.waiting.set(null);
    if (approval.state === 'APPROVED') {
      this.send({
        expertId: this.expert().id,
        channel: waiting.channel,
        fundedBy: fundedByOf(approval.code, approval.id),
      });
    } else if (approval.state === 'USED' && approval.sessionId) {
      void this.router.navigate(['/sessions', approval.sessionId]);
    } else if (approval.state === 'REJECTED' || approval.state === 'EXPIRED') {
      const note = approval.note?.trim() || null;
      this.refusal.set({ state: approval.state, centreName: waiting.centreName, note });
    }
  }

  /** A centre's name: as the answer gave it, else from the user's centres, else its code. */
  private centreName(code: string, given?: string | null): string {
    return given?.trim() || this.myCentres.find(code)?.name || code;
  }
}
