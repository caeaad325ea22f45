import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';

import { Role, User } from '../../../core/auth/auth.model';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { Icon } from '../../../shared/ui/icon/icon';
import { AdminUsersService } from '../users/admin-users.service';

/**
 * Search-and-add for picking users (a cost centre's approvers or members): a box searched with
 * Enter or the button through the admin users API (first page), and an "Add" button per user found
 * (disabled for those already chosen). Test ids `<testId>-search`, `-search-submit`, `-result`
 * (`data-user-id`), `-add`, `-no-results`, `-search-error`.
 */
@Component({
  selector: 'app-user-search',
  imports: [TranslatePipe, Icon],
  template: `
    <div class="user-search">
      <label class="field__label" [for]="testId() + '-search'">{{ label() }}</label>
      <div class="user-search__box">
        <input
          class="input"
          type="search"
          autocomplete="off"
          [id]="testId() + '-search'"
          [attr.data-testid]="testId() + '-search'"
          [attr.placeholder]="'adminCostCentres.search.placeholder' | translate"
          [value]="text()"
          (input)="text.set($any($event.target).value)"
          (keydown.enter)="$event.preventDefault(); search()"
        />
        <button
          type="button"
          class="btn btn--secondary"
          [attr.data-testid]="testId() + '-search-submit'"
          [disabled]="searching()"
          (click)="search()"
        >
          <app-icon name="search" />{{ 'adminCostCentres.search.submit' | translate }}
        </button>
      </div>
      @if (error(); as e) {
        <p class="field__error" role="alert" [attr.data-testid]="testId() + '-search-error'">
          <app-icon name="alert" /><span>{{ e.text ?? (e.key | translate) }}</span>
        </p>
      }
      @if (results(); as found) {
        @if (found.length === 0) {
          <p class="field__hint" role="status" [attr.data-testid]="testId() + '-no-results'">
            {{ 'adminCostCentres.search.none' | translate }}
          </p>
        } @else {
          <ul
            class="user-search__results"
            [attr.aria-label]="'adminCostCentres.search.results' | translate"
          >
            @for (u of found; track u.id) {
              <li [attr.data-testid]="testId() + '-result'" [attr.data-user-id]="u.id">
                <span class="user-search__who">
                  <span>{{ u.displayName }}</span>
                  <span class="user-search__muted">{{ u.email }}</span>
                </span>
                <button
                  type="button"
                  class="btn btn--ghost btn--sm"
                  [attr.data-testid]="testId() + '-add'"
                  [disabled]="exclude().includes(u.id)"
                  [attr.aria-label]="
                    'adminCostCentres.search.addLabel' | translate: { name: u.displayName }
                  "
                  (click)="picked.emit(u)"
                >
                  <app-icon name="plus" />{{
                    (exclude().includes(u.id)
                      ? 'adminCostCentres.search.added'
                      : 'adminCostCentres.search.add'
                    ) | translate
                  }}
                </button>
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
  styles: `
    .user-search {
      display: grid;
      gap: var(--space-2);
    }
    .user-search__box {
      display: flex;
      gap: var(--space-2);
      input {
        flex: 1;
        min-inline-size: 0;
      }
    }
    .user-search__results {
      display: grid;
      gap: var(--space-1);
      margin: 0;
      padding: 0;
      list-style: none;
      li {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--space-2);
        padding: var(--space-2) var(--space-3);
        border: 1px solid var(--color-border);
        border-radius: var(--radius-md);
      }
    }
    .user-search__who {
      display: grid;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .user-search__muted {
      color: var(--color-text-muted);
      font-size: var(--text-sm);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserSearch {
  private readonly api = inject(AdminUsersService);
  private readonly destroyRef = inject(DestroyRef);
  private request?: Subscription;

  readonly testId = input.required<string>();
  /** The box's label (already translated). */
  readonly label = input.required<string>();
  /** Only users of this role ('' for any). */
  readonly userRole = input<Role | ''>('');
  /** Users already chosen: their "Add" is disabled. */
  readonly exclude = input<readonly string[]>([]);
  readonly picked = output<User>();

  protected readonly text = signal('');
  protected readonly searching = signal(false);
  protected readonly results = signal<User[] | null>(null);
  protected readonly error = signal<UserMessage | null>(null);

  protected search(): void {
    this.request?.unsubscribe();
    this.searching.set(true);
    this.error.set(null);
    this.request = this.api
      .list({ q: this.text().trim(), role: this.userRole(), page: 0 })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.searching.set(false);
          this.results.set(page.items ?? []);
        },
        error: (error: unknown) => {
          this.searching.set(false);
          this.results.set(null);
          this.error.set(toUserMessage(error));
        },
      });
  }
}
