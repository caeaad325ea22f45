import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, catchError, combineLatest, map, of, switchMap } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { CategoriesService } from '../../../core/experts/categories.service';
import { CHANNELS, Rating, offers } from '../../../core/experts/expert.model';
import { ExpertsService } from '../../../core/experts/experts.service';
import { localized } from '../../../core/experts/localized';
import { LOADING, toLoadState, valueOf } from '../../../core/http/load-state';
import { PresenceService, watchPresence } from '../../../core/realtime/presence.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { ExpertAvatar } from '../../../shared/experts/expert-avatar';
import { LanguageNamePipe } from '../../../shared/experts/expert-pipes';
import { CHANNEL_ICONS, ExpertRates } from '../../../shared/experts/expert-rates';
import { ExpertRating } from '../../../shared/experts/expert-rating';
import { ExpertReviews } from './expert-reviews';
import { ExpertStart } from './expert-start';
import { PresenceBadge } from '../../../shared/experts/presence-badge';
import { Icon } from '../../../shared/ui/icon/icon';
import { StatusPage } from '../../../shared/ui/status-page/status-page';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { StateBox } from '../../../shared/ui/state-box/state-box';

/**
 * `/experts/:id`: an expert's public page (photo, headline, bio, skills, languages, categories,
 * prices, rating and reviews, live presence) with the buttons to start a consultation on each offered channel:
 * a way to sign in for visitors; for clients, enabled while the expert is online (the request is
 * sent and the session room opens, see {@link ExpertStart}: who pays, 402, cost-centre approvals);
 * disabled with the reason otherwise; hidden on the expert's own page.
 */
@Component({
  selector: 'app-expert-page',
  imports: [
    LoadFailure,
    StateBox,
    RouterLink,
    TranslatePipe,
    Icon,
    StatusPage,
    ExpertAvatar,
    ExpertRates,
    ExpertRating,
    PresenceBadge,
    ExpertReviews,
    ExpertStart,
    LanguageNamePipe,
  ],
  templateUrl: './expert-page.html',
  styleUrl: './expert-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ExpertPage {
  private readonly api = inject(ExpertsService);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly livePresence = inject(PresenceService);
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly icons = CHANNEL_ICONS;
  protected readonly signedIn = this.auth.isAuthenticated;

  private readonly id = toSignal(this.route.paramMap.pipe(map((p) => p.get('id') ?? '')), {
    initialValue: this.route.snapshot.paramMap.get('id') ?? '',
  });
  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), this.reload$]).pipe(
      switchMap(([id]) => toLoadState(this.api.get(id), { notFound: true })),
    ),
    { initialValue: LOADING },
  );
  protected readonly expert = computed(() => valueOf(this.state()));
  /** The rating the reviews section read last (fresher than the profile's after a hide or a new review). */
  private readonly reviewedRating = signal<{
    expertId: string;
    average: number;
    count: number;
  } | null>(null);
  protected readonly rating = computed<Rating | null>(() => {
    const expert = this.expert();
    const reviewed = this.reviewedRating();
    if (!expert) {
      return null;
    }
    return reviewed?.expertId === expert.id
      ? { average: reviewed.average, count: reviewed.count }
      : expert.rating;
  });

  protected onRatingChange(rating: { expertId: string; average: number; count: number }): void {
    this.reviewedRating.set(rating);
  }

  private readonly categories = toSignal(
    inject(CategoriesService)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  /** Id of the signed-in expert's own profile (null for other roles or without a profile). */
  private readonly myExpertId = toSignal(
    toObservable(this.auth.role).pipe(
      switchMap((role) =>
        role === 'EXPERT'
          ? this.api.mine().pipe(
              map((profile) => profile?.id ?? null),
              catchError(() => of(null)),
            )
          : of(null),
      ),
    ),
    { initialValue: null },
  );

  protected readonly categoryLinks = computed(() => {
    const lang = this.lang();
    const bySlug = new Map(this.categories().map((c) => [c.slug, c]));
    return (this.expert()?.categories ?? []).map((slug) => ({
      slug,
      name: localized(bySlug.get(slug)?.name, lang) || slug,
    }));
  });
  protected readonly offered = computed(() => {
    const expert = this.expert();
    return expert ? CHANNELS.filter((c) => offers(expert.rates, c)) : [];
  });
  protected readonly isSelf = computed(() => {
    const expert = this.expert();
    const user = this.auth.user();
    return (
      !!expert &&
      user?.role === 'EXPERT' &&
      (expert.id === user.id || expert.id === this.myExpertId())
    );
  });
  /** Presence now: live over the realtime connection when signed in, else as loaded. */
  protected readonly presence = computed(() => {
    const expert = this.expert();
    return expert ? (this.livePresence.of(expert.id) ?? expert.presence) : 'OFFLINE';
  });
  protected readonly isClient = computed(() => this.auth.role() === 'CLIENT');
  /** Why the start buttons are disabled (a key under `experts.page.startBlocked`), or null. */
  protected readonly blocked = computed(() => {
    if (!this.isClient()) {
      return 'notClient';
    }
    const presence = this.presence();
    return presence === 'ONLINE' ? null : presence;
  });
  /** Where the sign-in page sends the visitor back to. */
  protected readonly returnUrl = computed(() => `/experts/${this.id()}`);

  constructor() {
    watchPresence(() => {
      const expert = this.expert();
      return expert && this.signedIn() ? [expert.id] : [];
    });
  }

  protected retry(): void {
    this.reload$.next();
  }
}
