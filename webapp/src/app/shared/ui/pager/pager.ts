import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { TranslatePipe } from '@ngx-translate/core';

import { PageOf, PagedSource, pagingOf } from '../../../core/http/paging';
import { Icon } from '../icon/icon';

/** How a pager presents itself; every part is optional. */
export interface PagerOptions {
  /** Translation key of "21–40 of 97 sessions" (`{{from}}`, `{{to}}`, `{{total}}`). */
  readonly summary?: string;
  /** Translation key of the navigation's accessible name (default "Pages"). */
  readonly label?: string;
  /** `hide`: no pager at all while everything fits on one page (default `show`). */
  readonly single?: 'show' | 'hide';
}

type Step = 'prev' | 'next';

/**
 * Previous / "Page 2 of 5" / Next under a paged list, and optionally a summary. Asks the list
 * for another page (`goToPage`); both buttons wait while it loads. Test ids: `<testId>-summary`,
 * `<testId>-prev`, `<testId>-next`.
 *
 * ```html
 * <app-pager testId="wallet" [list]="list" [options]="{ summary: 'wallet.summary' }" />
 * ```
 */
@Component({
  selector: 'app-pager',
  imports: [NgTemplateOutlet, TranslatePipe, Icon],
  template: `
    @if (page(); as current) {
      @if (shown()) {
        <nav class="pager" [attr.aria-label]="options().label ?? 'pager.label' | translate">
          @if (paging.range(); as range) {
            @if (options().summary; as summary) {
              <p class="pager__summary" [attr.data-testid]="testId() + '-summary'">
                {{ summary | translate: range }}
              </p>
            }
          }
          <div class="pager__controls">
            <ng-container *ngTemplateOutlet="stepButton; context: { $implicit: 'prev' }" />
            <span class="pager__page" aria-live="polite">{{
              'pager.page' | translate: { page: current.page + 1, pages: paging.pages() }
            }}</span>
            <ng-container *ngTemplateOutlet="stepButton; context: { $implicit: 'next' }" />
          </div>
        </nav>
      }
      <ng-template #stepButton let-step>
        <button
          type="button"
          class="btn btn--secondary btn--sm"
          [attr.data-testid]="testId() + '-' + step"
          [disabled]="!canGo(step)"
          (click)="go(current.page, step)"
        >
          @if (step === 'prev') {
            <app-icon name="chevronLeft" />{{ 'pager.prev' | translate }}
          } @else {
            {{ 'pager.next' | translate }}<app-icon name="chevronRight" />
          }
        </button>
      </ng-template>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pager {
  /** Prefix of the test ids. */
  readonly testId = input.required<string>();
  /** The list it pages through: its page, whether it loads, and `goToPage`. */
  readonly list = input.required<PagedSource>();
  readonly options = input<PagerOptions>({});

  protected readonly page = computed<PageOf<unknown> | null>(() => this.list().result());
  protected readonly paging = pagingOf(this.page);
  protected readonly shown = computed(
    () => this.options().single !== 'hide' || this.paging.pages() > 1,
  );

  protected canGo(step: Step): boolean {
    const possible = step === 'prev' ? this.paging.hasPrev() : this.paging.hasNext();
    return possible && !this.list().loading();
  }

  protected go(page: number, step: Step): void {
    this.list().goToPage(step === 'prev' ? page - 1 : page + 1);
  }
}
