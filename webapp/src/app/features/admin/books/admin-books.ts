import { ChangeDetectionStrategy, Component } from '@angular/core';

import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { Journal } from './journal';
import { LedgerCheck } from './ledger-check';
import { TurnoverSection } from './turnover';

/**
 * `/admin/books`: the ledger check (run on demand), the commission and turnover per period (chart
 * and table) and the journal browser (filters and page in the URL).
 */
@Component({
  selector: 'app-admin-books',
  imports: [PageHero, LedgerCheck, TurnoverSection, Journal],
  template: `
    <section
      class="container page-stack admin"
      data-testid="admin-books-page"
      aria-labelledby="admin-books-title"
    >
      <header appPageHero texts="adminBooks" titleId="admin-books-title"></header>
      <app-ledger-check />
      <app-turnover />
      <app-journal />
    </section>
  `,
  styles: `
    :host {
      display: block;
      padding-block-end: clamp(2rem, 6vw, 4rem);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminBooks {}
