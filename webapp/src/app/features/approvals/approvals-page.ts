import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';

import {
  APPROVAL_STATES,
  ApprovalState,
  isApproval,
  isApprovalState,
  upsertApproval,
} from '../../core/cost-centres/cost-centre.model';
import { CostCentresService } from '../../core/cost-centres/cost-centres.service';
import { MyCostCentres } from '../../core/cost-centres/my-cost-centres';
import { PendingApprovals } from '../../core/cost-centres/pending-approvals';
import { loadEachQuery } from '../../core/http/load-each-query';
import { UserMessage, toUserMessage } from '../../core/http/problem';
import { LanguageService } from '../../core/i18n/language.service';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { injectNow } from '../../core/time/clock';
import { FilterSelect, keyedOptions } from '../../shared/forms/filter-select';
import { Icon } from '../../shared/ui/icon/icon';
import { Loaded } from '../../shared/ui/load-view/load-templates';
import { LoadView } from '../../shared/ui/load-view/load-view';
import { PageNotice } from '../../shared/ui/notice/page-notice';
import { PageHero } from '../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../shared/ui/state-box/state-box';
import { ApprovalItem, DecisionRequest } from './approval-item';

/** After a decision: what was decided (success), or why it could not be (danger). */
interface Notice {
  tone: 'success' | 'danger';
  key: string;
  text?: string;
  params?: Record<string, unknown>;
}

/**
 * `/approvals`: the approvals of the cost centres the user approves (every centre for
 * administrators). PENDING by default, other states through the filter (`?state=`, in the URL).
 * Live: `approval.requested` adds a pending one, `approval.decided` moves it out (or into the
 * state shown); the list is read again after every reconnection. Approve / Reject with an optional
 * note; a 409 (decided meanwhile, or expired) says so and reads the list again. Each centre the
 * user approves links to its monthly report.
 */
@Component({
  selector: 'app-approvals-page',
  imports: [
    RouterLink,
    TranslatePipe,
    Icon,
    PageHero,
    PageNotice,
    FilterSelect,
    LoadView,
    Loaded,
    StateBox,
    ApprovalItem,
  ],
  templateUrl: './approvals-page.html',
  styleUrl: './approvals-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ApprovalsPage {
  private readonly api = inject(CostCentresService);
  private readonly pendingCount = inject(PendingApprovals);
  private readonly realtime = inject(RealtimeService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly myCentres = inject(MyCostCentres);
  private readonly clock = injectNow(1000);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly stateOptions = keyedOptions(APPROVAL_STATES, 'approvals.states.');
  /** The state shown: `?state=`, PENDING when absent or unknown. */
  protected readonly state = signal<ApprovalState>('PENDING');
  protected readonly list = loadEachQuery(
    this.route.queryParamMap.pipe(
      map((params) => {
        const value = params.get('state');
        return isApprovalState(value) ? value : 'PENDING';
      }),
    ),
    {
      load: (state) => this.api.approvals(state),
      onQuery: (state) => this.state.set(state),
      onResult: (list) => {
        if (this.state() === 'PENDING') {
          this.pendingCount.replace(list);
        }
      },
    },
  );
  /** The centres whose reports the user may open. */
  protected readonly reportCentres = this.myCentres.approverOf;
  protected readonly now = computed(() => this.clock() + this.realtime.serverOffsetMs());
  protected readonly deciding = signal<ReadonlySet<string>>(new Set());
  protected readonly notice = signal<Notice | null>(null);

  constructor() {
    this.myCentres.ensureLoaded();
    this.realtime
      .on('approval.requested')
      .pipe(takeUntilDestroyed())
      .subscribe((event) => this.received(event.approval));
    this.realtime
      .on('approval.decided')
      .pipe(takeUntilDestroyed())
      .subscribe((event) => this.received(event.approval));
    // Whatever happened while the connection was down is read again.
    this.realtime.reconnected$.pipe(takeUntilDestroyed()).subscribe(() => this.list.reload());
  }

  protected filter(value: string): void {
    const state = isApprovalState(value) ? value : 'PENDING';
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { state: state === 'PENDING' ? null : state },
    });
  }

  protected isBusy(id: string): boolean {
    return this.deciding().has(id);
  }

  protected decide(request: DecisionRequest): void {
    const { approval, decision, note } = request;
    if (this.isBusy(approval.id)) {
      return;
    }
    this.notice.set(null);
    this.setBusy(approval.id, true);
    const call =
      decision === 'approve'
        ? this.api.approve(approval.code, approval.id, note)
        : this.api.reject(approval.code, approval.id, note);
    call.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (updated) => {
        this.setBusy(approval.id, false);
        this.pendingCount.decided(approval.id);
        this.received(isApproval(updated) ? updated : { ...approval, state: stateOf(decision) });
        this.notice.set({
          tone: 'success',
          key: decision === 'approve' ? 'approvals.approved' : 'approvals.rejected',
          params: { client: approval.clientName, expert: approval.expertName },
        });
      },
      error: (error: unknown) => {
        this.setBusy(approval.id, false);
        const message: UserMessage = toUserMessage(error);
        const conflict = message.status === 409;
        this.notice.set({
          tone: 'danger',
          key: conflict ? 'approvals.conflict' : message.key,
          text: message.text,
        });
        if (conflict) {
          this.list.reload();
        }
      },
    });
  }

  /** A new or changed approval: shown when it is in the state shown, else taken out. */
  private received(approval: unknown): void {
    if (!isApproval(approval)) {
      return;
    }
    this.list.result.update((list) => {
      if (!list) {
        return list;
      }
      return approval.state === this.state()
        ? upsertApproval(list, approval)
        : list.filter((a) => a.id !== approval.id);
    });
  }

  private setBusy(id: string, busy: boolean): void {
    this.deciding.update((ids) => {
      const next = new Set(ids);
      if (busy) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }
}

function stateOf(decision: 'approve' | 'reject'): ApprovalState {
  return decision === 'approve' ? 'APPROVED' : 'REJECTED';
}
