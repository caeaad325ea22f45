import { ChangeDetectionStrategy, Component, computed, contentChild, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { TranslatePipe } from '@ngx-translate/core';

import { StateBox } from '../state-box/state-box';
import { LoadFailure } from './load-failure';
import { Loaded, LoadingTemplate } from './load-templates';

/**
 * The three faces of loaded data: a loading box (spinner and text) until the first answer, the
 * error (the problem's detail, else a generic text) with a retry button, or the `appLoaded`
 * template with the result, kept while the next one loads. Texts: `<texts>.loading`,
 * `<texts>.errorTitle`; test ids: `<testId>-loading`, `<testId>-error` (or `errorTestId`),
 * `<testId>-retry`.
 *
 * ```html
 * <app-load-view testId="profile" texts="profile">
 *   <ng-template [appLoaded]="profile" let-user>…</ng-template>
 * </app-load-view>
 * ```
 */
@Component({
  selector: 'app-load-view',
  imports: [NgTemplateOutlet, TranslatePipe, StateBox, LoadFailure],
  template: `
    @let data = loaded().source();
    @if (data.error(); as error) {
      <app-load-failure
        [testId]="errorId()"
        [retryTestId]="testId() + '-retry'"
        [titleKey]="texts() + '.errorTitle'"
        [error]="error"
        [busy]="data.loading()"
        [small]="inset()"
        (retry)="data.reload()"
      />
    } @else if (data.result(); as result) {
      <ng-container *ngTemplateOutlet="loaded().template; context: { $implicit: result }" />
    } @else if (customLoading(); as custom) {
      <ng-container *ngTemplateOutlet="custom" />
    } @else {
      <app-state-box [testId]="testId() + '-loading'" [live]="true" [inset]="inset()">
        <span class="spinner" aria-hidden="true"></span>
        <p>{{ texts() + '.loading' | translate }}</p>
      </app-state-box>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadView {
  /** Prefix of the test ids: `<testId>-loading`, `<testId>-error`, `<testId>-retry`. */
  readonly testId = input.required<string>();
  /** Test id of the error box, when it is not `<testId>-error`. */
  readonly errorTestId = input<string>();
  /** Translation prefix: `<texts>.loading` and `<texts>.errorTitle`. */
  readonly texts = input.required<string>();
  /** Inside a card already: no card around the loading box, a small retry button. */
  readonly inset = input(false);
  /** A loading placeholder handed down by a wrapping component (else an `appLoading` child). */
  readonly placeholder = input<LoadingTemplate>();

  protected readonly loaded = contentChild.required(Loaded);
  private readonly placeholderChild = contentChild(LoadingTemplate);
  protected readonly customLoading = computed(
    () => (this.placeholder() ?? this.placeholderChild())?.template,
  );
  protected readonly errorId = computed(() => this.errorTestId() ?? `${this.testId()}-error`);
}
