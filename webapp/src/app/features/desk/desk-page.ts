import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription, of } from 'rxjs';

import { AuthService } from '../../core/auth/auth.service';
import { fundedByOf } from '../../core/cost-centres/cost-centre.model';
import { MyCostCentres } from '../../core/cost-centres/my-cost-centres';
import { DeskRequestStore } from '../../core/desk/desk-request-store';
import { DESK_DESCRIPTION_MAX, DeskRequest, estimateText } from '../../core/desk/desk.model';
import { DeskService } from '../../core/desk/desk.service';
import { CategoriesService } from '../../core/experts/categories.service';
import { CHANNELS, Category, Channel } from '../../core/experts/expert.model';
import { localized } from '../../core/experts/localized';
import { loadEachQuery } from '../../core/http/load-each-query';
import { UserMessage, toUserMessage } from '../../core/http/problem';
import { LanguageService } from '../../core/i18n/language.service';
import { Lang } from '../../core/i18n/languages';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { timeOf } from '../../core/time/clock';
import { FundingChoice } from '../../shared/cost-centres/funding-choice';
import { FieldError } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/form-alert';
import { FormFeedback } from '../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../shared/forms/form-field';
import { notBlank } from '../../shared/forms/form-messages';
import { SubmitButton } from '../../shared/forms/submit-button';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog/confirm-dialog';
import { Icon, IconName } from '../../shared/ui/icon/icon';
import { LoadFailure } from '../../shared/ui/load-view/load-failure';
import { Loaded } from '../../shared/ui/load-view/load-templates';
import { LoadView } from '../../shared/ui/load-view/load-view';
import { PageNotice } from '../../shared/ui/notice/page-notice';
import { PageHero } from '../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../shared/ui/state-box/state-box';

/**
 * What the page shows: the kept request being read back, that read failing, the form, the
 * waiting panel, the expired request, or a pick whose consultation could not start.
 */
export type DeskView = 'restoring' | 'restoreError' | 'form' | 'waiting' | 'expired' | 'pickFailed';

const CHANNEL_ICONS: Record<Channel, IconName> = { CHAT: 'chat', AUDIO: 'audio', VIDEO: 'video' };

/**
 * `/desk` (clients): "Ask the desk". A category (`?category=<slug>` preselects it), a channel and
 * the problem join the category's queue; then the waiting panel shows the place in the queue and
 * the estimated wait, live from `desk.position`, with Cancel (confirmed). `desk.picked` opens the
 * session room; `desk.expired` says the request waited too long, with "Ask again" (the form keeps
 * what was asked); `desk.cancelled` says an expert picked it but the consultation could not start
 * (the server's reason, "Add funds" and "Ask again"). Members of cost centres choose who pays
 * ("Pay with": the wallet, or a centre). The API has no "my waiting request", so the request's id is kept in session
 * storage ({@link DeskRequestStore}) and read back on load; after every (re)connection the request
 * is read again, so nothing is lost while the socket was down.
 */
@Component({
  selector: 'app-desk-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    PageHero,
    PageNotice,
    LoadView,
    Loaded,
    LoadFailure,
    StateBox,
    FormField,
    FieldControl,
    FieldError,
    FormAlert,
    SubmitButton,
    ConfirmDialog,
    FundingChoice,
  ],
  templateUrl: './desk-page.html',
  styleUrl: './desk-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class DeskPage {
  private readonly api = inject(DeskService);
  private readonly store = inject(DeskRequestStore);
  private readonly auth = inject(AuthService);
  private readonly realtime = inject(RealtimeService);
  private readonly router = inject(Router);
  private readonly categoriesApi = inject(CategoriesService);
  private readonly myCentres = inject(MyCostCentres);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private refreshing?: Subscription;

  /** Query parameter `?category=<slug>`: the category to preselect. */
  readonly category = input<string>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly channels = CHANNELS;
  protected readonly channelIcons = CHANNEL_ICONS;
  protected readonly descriptionMax = DESK_DESCRIPTION_MAX;

  protected readonly view = signal<DeskView>('form');
  /** The request shown while waiting, expired or after a failed pick. */
  protected readonly request = signal<DeskRequest | null>(null);
  protected readonly restoreError = signal<UserMessage | null>(null);
  /** A 409 on join: another request of this client is waiting. */
  protected readonly alreadyWaiting = signal(false);
  /** The request was cancelled here (a notice above the form). */
  protected readonly cancelled = signal(false);
  /** Read back on load already picked: the session it became (a notice with a link). */
  protected readonly pickedSession = signal<string | null>(null);
  protected readonly confirming = signal(false);
  protected readonly cancelling = signal(false);
  protected readonly actionError = signal<UserMessage | null>(null);
  /** Why a pick of the request could not start (`desk.cancelled`), as the server says it. */
  protected readonly pickFailedReason = signal('');

  protected readonly form = new FormGroup({
    category: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    channel: new FormControl<Channel>('CHAT', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(DESK_DESCRIPTION_MAX), notBlank],
    }),
  });
  protected readonly feedback = new FormFeedback();
  protected readonly descriptionLength = signal(0);
  /** "Pay with": the cost centres the client may charge, and the choice ('' = the wallet). */
  protected readonly centres = this.myCentres.chargeable;
  protected readonly fundingCode = signal('');

  /** The active categories to ask in. */
  protected readonly categories = loadEachQuery(of(null), {
    load: () => this.categoriesApi.list(),
  });

  protected readonly estimate = computed(() => estimateText(this.request()?.estimatedWaitSeconds));
  /** The shown request's category, by name. */
  protected readonly categoryName = computed(() => {
    const slug = this.request()?.category ?? '';
    return categoryName(slug, this.categories.result() ?? [], this.lang());
  });
  /** How long the shown request was allowed to wait, in minutes. */
  protected readonly maxWaitMinutes = computed(() => {
    const request = this.request();
    const ms = request ? timeOf(request.expiresAt) - timeOf(request.createdAt) : Number.NaN;
    return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : 15;
  });

  constructor() {
    this.restore();
    this.myCentres.reload();

    // Preselects `?category=` once the categories are known (unknown slugs are ignored).
    effect(() => {
      const slug = this.category();
      const known = this.categories.result() ?? [];
      if (slug && known.some((c) => c.slug === slug)) {
        untracked(() => this.form.controls.category.setValue(slug));
      }
    });

    this.realtime
      .on('desk.position')
      .pipe(takeUntilDestroyed())
      .subscribe((event) => {
        const current = this.request();
        if (this.view() === 'waiting' && current?.id === event.id) {
          this.request.set({
            ...current,
            position: event.position,
            estimatedWaitSeconds: event.estimatedWaitSeconds ?? null,
          });
        }
      });
    this.realtime
      .on('desk.picked')
      .pipe(takeUntilDestroyed())
      .subscribe((event) => {
        if (this.isMine(event.id) && event.sessionId) {
          this.openSession(event.sessionId);
        }
      });
    this.realtime
      .on('desk.expired')
      .pipe(takeUntilDestroyed())
      .subscribe((event) => {
        const current = this.request();
        if (current && this.isMine(event.id)) {
          this.showExpired({ ...current, state: 'EXPIRED' });
        }
      });
    this.realtime
      .on('desk.cancelled')
      .pipe(takeUntilDestroyed())
      .subscribe((event) => {
        const current = this.request();
        if (current && this.isMine(event.id)) {
          const reason = typeof event.reason === 'string' ? event.reason.trim() : '';
          this.showPickFailed({ ...current, state: 'CANCELLED' }, reason);
        }
      });
    // Whatever happened while the connection was down is read again.
    this.realtime.connected$.pipe(takeUntilDestroyed()).subscribe(() => this.refresh());
  }

  protected retryRestore(): void {
    this.restore();
  }

  protected onDescriptionInput(): void {
    this.feedback.edited('description');
    this.descriptionLength.set(this.form.controls.description.value.length);
  }

  protected submit(): void {
    this.alreadyWaiting.set(false);
    this.cancelled.set(false);
    this.pickedSession.set(null);
    if (!this.feedback.start(this.form, () => this.formElement()?.nativeElement)) {
      return;
    }
    const value = this.form.getRawValue();
    this.api
      .join({
        category: value.category,
        channel: value.channel,
        description: value.description.trim(),
        fundedBy: fundedByOf(
          this.centres().some((c) => c.code === this.fundingCode()) ? this.fundingCode() : '',
        ),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (request) => {
          this.feedback.succeed();
          const userId = this.auth.user()?.id;
          if (userId) {
            this.store.keep(userId, request.id);
          }
          this.show(request);
        },
        error: (error: unknown) => {
          const failure = this.feedback.fail(error);
          if (failure.status === 409) {
            this.feedback.alert.set(null);
            this.alreadyWaiting.set(true);
          }
        },
      });
  }

  protected askCancel(): void {
    this.actionError.set(null);
    this.confirming.set(true);
  }

  protected cancel(): void {
    const request = this.request();
    if (!request || this.cancelling()) {
      return;
    }
    this.cancelling.set(true);
    this.api
      .cancel(request.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.cancelling.set(false);
          this.confirming.set(false);
          this.store.clear();
          this.request.set(null);
          this.cancelled.set(true);
          this.view.set('form');
        },
        error: (error: unknown) => {
          this.cancelling.set(false);
          this.confirming.set(false);
          this.actionError.set(toUserMessage(error));
          if (error instanceof HttpErrorResponse && error.status === 409) {
            this.refresh(); // no longer waiting: show where it is now
          }
        },
      });
  }

  /** From the expired or pick-failed panel: the form again, holding what was asked. */
  protected askAgain(): void {
    const request = this.request();
    if (request) {
      this.form.setValue({
        category: request.category,
        channel: request.channel,
        description: request.description,
      });
      this.descriptionLength.set(request.description.length);
    }
    this.feedback.reset();
    this.request.set(null);
    this.view.set('form');
  }

  protected channelIcon(channel: Channel): IconName {
    return CHANNEL_ICONS[channel] ?? 'chat';
  }

  protected categoryLabel(category: Category): string {
    return localized(category.name, this.lang()) || category.slug;
  }

  protected time(iso: string): string {
    return formatTime(iso, this.lang());
  }

  /** Reads back the request kept for this user, if any. */
  private restore(): void {
    const userId = this.auth.user()?.id;
    const id = userId ? this.store.read(userId) : null;
    if (!id) {
      this.view.set('form');
      return;
    }
    this.view.set('restoring');
    this.restoreError.set(null);
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (request) => {
          if (request.state === 'WAITING') {
            this.show(request);
            return;
          }
          this.store.clear();
          if (request.state === 'PICKED' && request.sessionId) {
            this.pickedSession.set(request.sessionId);
          }
          this.view.set('form');
        },
        error: (error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 404) {
            this.store.clear();
            this.view.set('form');
          } else {
            this.restoreError.set(toUserMessage(error));
            this.view.set('restoreError');
          }
        },
      });
  }

  /** Quietly reads the waiting request again (after a reconnection, or a 409 on cancel). */
  private refresh(): void {
    const request = this.request();
    if (this.view() === 'restoreError') {
      this.restore();
      return;
    }
    if (this.view() !== 'waiting' || !request) {
      return;
    }
    this.refreshing?.unsubscribe();
    this.refreshing = this.api
      .get(request.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (fresh) => {
          if (!this.isMine(fresh.id)) {
            return;
          }
          if (fresh.state === 'WAITING') {
            this.request.set(fresh);
          } else if (fresh.state === 'PICKED' && fresh.sessionId) {
            this.openSession(fresh.sessionId);
          } else if (fresh.state === 'EXPIRED') {
            this.showExpired(fresh);
          } else {
            this.store.clear();
            this.request.set(null);
            this.cancelled.set(true);
            this.view.set('form');
          }
        },
        error: (error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 404) {
            this.store.clear();
            this.request.set(null);
            this.view.set('form');
          }
        },
      });
  }

  private show(request: DeskRequest): void {
    this.actionError.set(null);
    this.request.set(request);
    this.view.set('waiting');
  }

  private showExpired(request: DeskRequest): void {
    this.end(request, 'expired');
  }

  private showPickFailed(request: DeskRequest, reason: string): void {
    this.pickFailedReason.set(reason);
    this.end(request, 'pickFailed');
  }

  /** The request left the queue unpicked: forgets it and shows why. */
  private end(request: DeskRequest, view: 'expired' | 'pickFailed'): void {
    this.store.clear();
    this.refreshing?.unsubscribe();
    this.confirming.set(false);
    this.actionError.set(null);
    this.request.set(request);
    this.view.set(view);
  }

  private openSession(sessionId: string): void {
    this.store.clear();
    void this.router.navigate(['/sessions', sessionId]);
  }

  /** The request this page waits for (shown, or being read back). */
  private isMine(id: string): boolean {
    const current = this.request();
    if (current) {
      return current.id === id && this.view() !== 'form';
    }
    const userId = this.auth.user()?.id;
    return this.view() === 'restoring' && !!userId && this.store.read(userId) === id;
  }
}

function categoryName(slug: string, categories: readonly Category[], lang: Lang): string {
  const category = categories.find((c) => c.slug === slug);
  return (category && localized(category.name, lang)) || slug;
}

const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "10:17" / "10:17 AM": the time of day of an instant in the UI language. */
function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
    timeFormats.set(lang, format);
  }
  return format.format(date);
}
