import {
  ChangeDetectionStrategy,
  Component,
  booleanAttribute,
  computed,
  contentChild,
  input,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';

import { PagedSource } from '../../../core/http/paging';
import { Icon } from '../icon/icon';
import { ListEmpty, Loaded, LoadingTemplate } from '../load-view/load-templates';
import { LoadView } from '../load-view/load-view';
import { Pager, PagerOptions } from '../pager/pager';
import { StateBox } from '../state-box/state-box';

/**
 * Every paged list's frame: the loading box and the error with its retry (`app-load-view`),
 * then the empty state (the `appListEmpty` template under its icon) or the items (the
 * `appLoaded` template, given the page) with the pager under them. Test ids start with
 * `testId` (`-loading`, `-error`, `-retry`, `-empty`, `-summary`, `-prev`, `-next`), texts with
 * `texts` (`.loading`, `.errorTitle`, `.summary`).
 *
 * ```html
 * <app-paged-list testId="wallet" texts="wallet" [list]="list">
 *   <ng-template appListEmpty icon="wallet"><p class="state-box__title">…</p></ng-template>
 *   <ng-template [appLoaded]="list" let-page>…</ng-template>
 * </app-paged-list>
 * ```
 */
@Component({
  selector: 'app-paged-list',
  imports: [NgTemplateOutlet, LoadView, Loaded, StateBox, Icon, Pager],
  template: `
    @let data = list();
    <app-load-view
      [testId]="testId()"
      [texts]="texts()"
      [inset]="inset()"
      [placeholder]="loading()"
    >
      <ng-template [appLoaded]="data" let-page>
        @if (page.items.length === 0 && !data.loading()) {
          <app-state-box [testId]="testId() + '-empty'" [inset]="inset()">
            <span class="state-box__icon" aria-hidden="true"
              ><app-icon [name]="empty().icon()"
            /></span>
            <ng-container *ngTemplateOutlet="empty().template" />
          </app-state-box>
        } @else {
          <ng-container *ngTemplateOutlet="items().template; context: { $implicit: page }" />
          <app-pager [testId]="testId()" [list]="data" [options]="pagerOptions()" />
        }
      </ng-template>
    </app-load-view>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagedList {
  /** The list: its pages, loading and error, retry and paging. */
  readonly list = input.required<PagedSource>();
  readonly testId = input.required<string>();
  /** Translation prefix of `.loading`, `.errorTitle` and the pager's `.summary`. */
  readonly texts = input.required<string>();
  /** The pager's options; the summary defaults to `<texts>.summary` (`summary: ''` for none). */
  readonly pager = input<PagerOptions>({});
  /** Inside a card already: no cards of its own, a small retry button. */
  readonly inset = input(false, { transform: booleanAttribute });

  /** The items, typed by the list they name (`[appLoaded]="list"`). */
  protected readonly items = contentChild.required(Loaded);
  protected readonly empty = contentChild.required(ListEmpty);
  protected readonly loading = contentChild(LoadingTemplate);
  protected readonly pagerOptions = computed<PagerOptions>(() => ({
    summary: `${this.texts()}.summary`,
    ...this.pager(),
  }));
}
