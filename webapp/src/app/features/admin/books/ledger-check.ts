import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LedgerCheck as LedgerCheckResult } from '../../../core/books/admin-books.model';
import { AdminBooksService } from '../../../core/books/admin-books.service';
import { onDemand } from '../../../core/http/on-demand';
import { LanguageService } from '../../../core/i18n/language.service';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';

const COLUMNS: readonly TableColumn[] = [
  'adminBooks.ledger.kind',
  'adminBooks.ledger.account',
  'adminBooks.ledger.entry',
  { key: 'adminBooks.ledger.expected', numeric: true },
  { key: 'adminBooks.ledger.actual', numeric: true },
  'adminBooks.ledger.message',
];

/**
 * "Ledger check" of `/admin/books`: runs `GET /api/admin/ledger/check` when asked and says that
 * the books balance (accounts and entries checked, and when), or lists the differences found.
 */
@Component({
  selector: 'app-ledger-check',
  imports: [TranslatePipe, DateTimePipe, Icon, DataTable, LoadFailure],
  template: `
    <section class="card section-card ledger" aria-labelledby="ledger-check-title">
      <h2 id="ledger-check-title">{{ 'adminBooks.ledger.title' | translate }}</h2>
      <p class="section-card__lead">{{ 'adminBooks.ledger.lead' | translate }}</p>
      <div>
        <button
          type="button"
          class="btn btn--primary"
          data-testid="ledger-check-run"
          [disabled]="running()"
          [attr.aria-busy]="running()"
          (click)="check.run()"
        >
          @if (running()) {
            <span class="spinner" aria-hidden="true"></span
            >{{ 'adminBooks.ledger.running' | translate }}
          } @else {
            <app-icon name="check" />{{ 'adminBooks.ledger.run' | translate }}
          }
        </button>
      </div>

      @if (error(); as e) {
        <app-load-failure
          testId="ledger-check-error"
          retryTestId="ledger-check-retry"
          titleKey="adminBooks.ledger.errorTitle"
          [error]="e"
          [busy]="running()"
          [small]="true"
          (retry)="check.run()"
        />
      } @else if (result(); as r) {
        @let time = r.checkedAt | dateTime: lang() : 'medium';
        <div
          class="ledger__result"
          data-testid="ledger-check-result"
          [attr.data-balanced]="balanced()"
          [attr.data-differences]="r.differences.length"
        >
          @if (balanced()) {
            <div class="alert alert--success" role="status">
              <app-icon name="check" />
              <p>
                {{
                  'adminBooks.ledger.balanced'
                    | translate: { accounts: r.accounts, entries: r.entries, time: time }
                }}
              </p>
            </div>
          } @else {
            <div class="alert alert--danger" role="alert">
              <app-icon name="alert" />
              <div class="alert__body">
                <p class="state-box__title">
                  {{
                    'adminBooks.ledger.unbalanced'
                      | translate
                        : {
                            count: r.differences.length,
                            accounts: r.accounts,
                            entries: r.entries,
                            time: time,
                          }
                  }}
                </p>
                <p>{{ 'adminBooks.ledger.minorUnits' | translate }}</p>
              </div>
            </div>
            <div class="table-card ledger__table">
              <table
                class="data-table"
                appDataTable
                caption="adminBooks.ledger.caption"
                [columns]="columns"
              >
                <tbody>
                  @for (d of r.differences; track $index) {
                    <tr data-testid="ledger-difference" [attr.data-kind]="d.kind">
                      <th scope="row" [attr.data-label]="'adminBooks.ledger.kind' | translate">
                        <code>{{ d.kind }}</code>
                      </th>
                      <td
                        class="ledger__id"
                        [attr.data-label]="'adminBooks.ledger.account' | translate"
                      >
                        @if (d.account) {
                          <code>{{ d.account }}</code>
                        } @else {
                          —
                        }
                      </td>
                      <td
                        class="ledger__id"
                        [attr.data-label]="'adminBooks.ledger.entry' | translate"
                      >
                        @if (d.entryId) {
                          <code>{{ d.entryId }}</code>
                        } @else {
                          —
                        }
                      </td>
                      <td
                        class="data-table__num"
                        [attr.data-label]="'adminBooks.ledger.expected' | translate"
                      >
                        {{ amount(d.expected) }}
                      </td>
                      <td
                        class="data-table__num"
                        [attr.data-label]="'adminBooks.ledger.actual' | translate"
                      >
                        {{ amount(d.actual) }}
                      </td>
                      <td
                        class="ledger__message"
                        [attr.data-label]="'adminBooks.ledger.message' | translate"
                      >
                        {{ d.message }}
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </div>
      }
    </section>
  `,
  styles: `
    .ledger__table {
      border: 1px solid var(--color-border);
      border-radius: var(--radius-md);
    }
    .ledger__id,
    .ledger__message {
      overflow-wrap: anywhere;
    }
    .ledger__message {
      min-inline-size: 10rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerCheck {
  private readonly api = inject(AdminBooksService);
  private readonly language = inject(LanguageService);

  protected readonly lang = this.language.lang;
  protected readonly columns = COLUMNS;
  protected readonly result = signal<LedgerCheckResult | null>(null);
  /** "Check the ledger", one run at a time. */
  protected readonly check = onDemand({
    request: () => this.api.ledgerCheck(),
    next: (check) => this.result.set({ ...check, differences: check.differences ?? [] }),
  });
  protected readonly running = this.check.running;
  protected readonly error = this.check.error;
  protected readonly balanced = computed(() => (this.result()?.differences ?? []).length === 0);
  private readonly numbers = computed(() => new Intl.NumberFormat(this.language.lang()));

  /** A difference's amount in minor units ('—' without one). */
  protected amount(value: number | null): string {
    return typeof value === 'number' ? this.numbers().format(value) : '—';
  }
}
