import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A page's heading block: eyebrow, title (the id the page's `aria-labelledby` names) and lead,
 * from `<texts>.eyebrow`, `<texts>.title` and `<texts>.lead`; projects anything that belongs
 * under them (the expert search's box).
 *
 * ```html
 * <header appPageHero texts="wallet" titleId="wallet-title"></header>
 * ```
 */
@Component({
  selector: 'header[appPageHero]',
  imports: [TranslatePipe],
  host: { class: 'page-hero' },
  template: `
    <p class="eyebrow">{{ texts() + '.eyebrow' | translate }}</p>
    <h1 [id]="titleId()">{{ texts() + '.title' | translate }}</h1>
    <p class="page-hero__lead">{{ texts() + '.lead' | translate }}</p>
    <ng-content />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHero {
  /** Translation prefix, e.g. `wallet` or `admin.users`. */
  readonly texts = input.required<string>();
  readonly titleId = input.required<string>();
}
