import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, of } from 'rxjs';

import { CategoriesService } from '../../../core/experts/categories.service';
import {
  AdminExpert,
  EXPERT_LIMITS,
  VERIFICATION_STATUSES,
  VerificationStatus,
} from '../../../core/experts/expert.model';
import { localized } from '../../../core/experts/localized';
import { toUserMessage } from '../../../core/http/problem';
import { dropFromPage, urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { ExpertAvatar } from '../../../shared/experts/expert-avatar';
import { LanguageNamePipe } from '../../../shared/experts/expert-pipes';
import { ExpertRates } from '../../../shared/experts/expert-rates';
import { ReasonField, ReasonInput } from '../../../shared/forms/reason-field';
import { FormMessage } from '../../../shared/forms/form-messages';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { Icon } from '../../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { PagerOptions } from '../../../shared/ui/pager/pager';
import { VERIFICATIONS_QUERY } from './admin-experts-query';
import { AdminExpertsService } from './admin-experts.service';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';

type Decision = Exclude<VerificationStatus, 'PENDING'>;

/** A verification waiting for the admin's confirmation. */
interface PendingDecision {
  expert: AdminExpert;
  status: Decision;
}

interface Notice {
  tone: 'success' | 'danger';
  text?: string;
  key: string;
  name?: string;
}

/**
 * `/admin/experts`: the verification queue by status (tabs kept in the URL:
 * `?status=PENDING|VERIFIED|REJECTED&page=`), each profile with a preview, and Verify / Reject
 * (a reason is required to reject) after a confirmation.
 */
@Component({
  selector: 'app-admin-experts',
  imports: [
    PageHero,
    PageNotice,
    RouterLink,
    TranslatePipe,
    Icon,
    ConfirmDialog,
    ReasonField,
    ExpertAvatar,
    ExpertRates,
    LanguageNamePipe,
    PagedList,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './admin-experts.html',
  styleUrl: './admin-experts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminExperts {
  private readonly api = inject(AdminExpertsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly statuses = VERIFICATION_STATUSES;
  /** The profiles of one status (the tab) and page, both in the URL. */
  protected readonly list = urlList({
    ...VERIFICATIONS_QUERY,
    load: (query) => this.api.list(query),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly pager: PagerOptions = { single: 'hide' };
  protected readonly notice = signal<Notice | null>(null);
  protected readonly pending = signal<PendingDecision | null>(null);
  protected readonly deciding = signal(false);
  protected readonly decisionError = signal<FormMessage | null>(null);
  protected readonly reason = new ReasonInput(EXPERT_LIMITS.reasonMax, 'admin.experts');

  private readonly categories = toSignal(
    inject(CategoriesService)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  private readonly categoryNames = computed(() => {
    const lang = this.lang();
    return new Map(this.categories().map((c) => [c.slug, localized(c.name, lang)]));
  });

  protected categoryName(slug: string): string {
    return this.categoryNames().get(slug) || slug;
  }

  protected tabParams(status: VerificationStatus) {
    return VERIFICATIONS_QUERY.params({ status, page: 0 });
  }

  protected ask(expert: AdminExpert, status: Decision): void {
    this.notice.set(null);
    this.reason.reset();
    this.decisionError.set(null);
    this.pending.set({ expert, status });
  }

  protected cancel(): void {
    if (!this.deciding()) {
      this.pending.set(null);
    }
  }

  protected confirm(): void {
    const decision = this.pending();
    if (!decision || this.deciding()) {
      return;
    }
    const reason = decision.status === 'REJECTED' ? this.reason.checked() : '';
    if (reason === null) {
      this.document.getElementById('admin-expert-reject-reason')?.focus();
      return;
    }
    const { expert, status } = decision;
    this.deciding.set(true);
    this.decisionError.set(null);
    this.api
      .decide(expert.id, status === 'REJECTED' ? { status, reason } : { status })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.deciding.set(false);
          this.pending.set(null);
          dropFromPage(this.list, expert.id);
          this.notice.set({
            tone: 'success',
            key: status === 'VERIFIED' ? 'admin.experts.verified' : 'admin.experts.rejected',
            name: expert.displayName,
          });
        },
        error: (error: unknown) => {
          this.deciding.set(false);
          const message = toUserMessage(error);
          this.decisionError.set({ text: message.text, key: message.key });
        },
      });
  }
}
