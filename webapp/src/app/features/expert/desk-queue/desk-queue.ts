import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, forkJoin, of } from 'rxjs';

import { CategoriesService } from '../../../core/experts/categories.service';
import { Category, ExpertProfile } from '../../../core/experts/expert.model';
import { ExpertsService } from '../../../core/experts/experts.service';
import { localized } from '../../../core/experts/localized';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { LanguageService } from '../../../core/i18n/language.service';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { DeskQueueCategory } from './desk-queue-category';

/**
 * `/expert/desk` (EXPERT only): the desk's queues of the expert's categories (the `categories` of
 * their profile), one section each ({@link DeskQueueCategory}): the waiting requests, live, each
 * with a Pick button. Without a profile, or with no categories, it says what to do first.
 */
@Component({
  selector: 'app-desk-queue',
  imports: [
    RouterLink,
    TranslatePipe,
    Icon,
    PageHero,
    LoadView,
    Loaded,
    StateBox,
    DeskQueueCategory,
  ],
  template: `
    <section
      class="container page-stack desk-queue"
      data-testid="desk-queue-page"
      aria-labelledby="desk-queue-title"
    >
      <header appPageHero texts="deskQueue" titleId="desk-queue-title"></header>

      <app-load-view testId="desk-queue-profile" texts="deskQueue.profile">
        <ng-template [appLoaded]="data" let-data>
          @if (!data.profile) {
            <app-state-box testId="desk-queue-no-profile">
              <span class="state-box__icon" aria-hidden="true"><app-icon name="user" /></span>
              <p class="state-box__title">{{ 'deskQueue.noProfile' | translate }}</p>
              <p>{{ 'deskQueue.noProfileText' | translate }}</p>
              <a class="btn btn--primary" routerLink="/expert/profile">{{
                'deskQueue.editProfile' | translate
              }}</a>
            </app-state-box>
          } @else if (data.profile.categories.length === 0) {
            <app-state-box testId="desk-queue-no-categories">
              <span class="state-box__icon" aria-hidden="true"><app-icon name="compass" /></span>
              <p class="state-box__title">{{ 'deskQueue.noCategories' | translate }}</p>
              <p>{{ 'deskQueue.noCategoriesText' | translate }}</p>
              <a class="btn btn--primary" routerLink="/expert/profile">{{
                'deskQueue.editProfile' | translate
              }}</a>
            </app-state-box>
          } @else {
            @if (data.profile.status !== 'VERIFIED') {
              <div
                class="alert alert--info"
                role="status"
                data-testid="desk-queue-unverified"
                [attr.data-status]="data.profile.status"
              >
                <app-icon name="shield" />
                <p>{{ 'deskQueue.unverified' | translate }}</p>
              </div>
            }
            <div class="desk-queue__list">
              @for (slug of data.profile.categories; track slug) {
                <app-desk-queue-category
                  [slug]="slug"
                  [name]="categoryName(slug, data.categories)"
                />
              }
            </div>
          }
        </ng-template>
      </app-load-view>
    </section>
  `,
  styles: `
    :host {
      display: block;
      padding-block-end: clamp(2rem, 6vw, 4rem);
    }
    .desk-queue__list {
      display: grid;
      gap: var(--space-5);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class DeskQueue {
  private readonly experts = inject(ExpertsService);
  private readonly categoriesApi = inject(CategoriesService);
  private readonly lang = inject(LanguageService).lang;

  /** The expert's profile (null before the first save) and the category names (best effort). */
  protected readonly data = loadEachQuery<
    null,
    { profile: ExpertProfile | null; categories: Category[] }
  >(of(null), {
    load: () =>
      forkJoin({
        profile: this.experts.mine(),
        categories: this.categoriesApi.list().pipe(catchError(() => of([] as Category[]))),
      }),
  });

  protected categoryName(slug: string, categories: readonly Category[]): string {
    const category = categories.find((c) => c.slug === slug);
    return (category && localized(category.name, this.lang())) || slug;
  }
}
