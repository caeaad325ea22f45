import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, map, switchMap } from 'rxjs';

import { AuthService } from '../../core/auth/auth.service';
import { CategoriesService } from '../../core/experts/categories.service';
import { ExpertsService } from '../../core/experts/experts.service';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { LanguageService } from '../../core/i18n/language.service';
import { ExpertCard } from '../../shared/experts/expert-card';
import { LocalizedPipe } from '../../shared/experts/expert-pipes';
import { Icon, IconName } from '../../shared/ui/icon/icon';
import { SystemInfoCard } from '../../shared/ui/system-info-card/system-info-card';

interface Step {
  key: string;
  icon: IconName;
}

/** How many online experts the landing page features. */
export const FEATURED_COUNT = 6;

/**
 * Landing page: product pitch with the expert search box and "Ask the desk" (signed-out visitors
 * and clients), categories, experts online now, how it works and the live system status.
 */
@Component({
  selector: 'app-landing',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    SystemInfoCard,
    ExpertCard,
    LocalizedPipe,
  ],
  templateUrl: './landing.html',
  styleUrl: './landing.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Landing {
  private readonly router = inject(Router);
  private readonly categoriesApi = inject(CategoriesService);
  private readonly expertsApi = inject(ExpertsService);
  private readonly auth = inject(AuthService);
  private readonly reloadCategories$ = new BehaviorSubject<void>(undefined);
  private readonly reloadFeatured$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly search = new FormControl('', { nonNullable: true });
  /** "Ask the desk" is for clients, and for visitors (who sign in on the way). */
  protected readonly deskOffered = computed(
    () => !this.auth.isAuthenticated() || this.auth.role() === 'CLIENT',
  );

  protected readonly categories = toSignal(
    this.reloadCategories$.pipe(switchMap(() => toLoadState(this.categoriesApi.list()))),
    { initialValue: LOADING },
  );
  protected readonly featured = toSignal(
    this.reloadFeatured$.pipe(
      switchMap(() =>
        toLoadState(this.expertsApi.featured(FEATURED_COUNT).pipe(map((page) => page.items))),
      ),
    ),
    { initialValue: LOADING },
  );

  protected readonly steps: Step[] = [
    { key: 'search', icon: 'search' },
    { key: 'channel', icon: 'chat' },
    { key: 'connect', icon: 'connect' },
    { key: 'pay', icon: 'clock' },
    { key: 'review', icon: 'star' },
  ];

  protected readonly highlights: { key: string; icon: IconName }[] = [
    { key: 'live', icon: 'connect' },
    { key: 'channels', icon: 'video' },
    { key: 'fair', icon: 'clock' },
  ];

  protected submitSearch(event: Event): void {
    event.preventDefault();
    const q = this.search.value.trim();
    void this.router.navigate(['/experts'], { queryParams: q ? { q } : {} });
  }

  protected retryCategories(): void {
    this.categoriesApi.invalidate();
    this.reloadCategories$.next();
  }

  protected retryFeatured(): void {
    this.reloadFeatured$.next();
  }
}
