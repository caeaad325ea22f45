import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';

import { RESET_LINK_MINUTES, User } from '../../../core/auth/auth.model';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { LanguageService } from '../../../core/i18n/language.service';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { AdminUsersService } from './admin-users.service';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * "Reset link" for one user (`POST /api/admin/users/{id}/password-reset-link`): creates the link
 * when it opens (again on retry), then shows it in a read-only field with a Copy button, when it
 * expires and that it works once, for 30 minutes. Focus goes to the link once it is there.
 */
@Component({
  selector: 'app-reset-link',
  imports: [TranslatePipe, Icon, LoadView, Loaded, DateTimePipe],
  template: `
    @let u = user();
    <section
      class="card reset-link"
      data-testid="reset-link-panel"
      aria-labelledby="reset-link-title"
      [attr.data-user-id]="u.id"
      (keydown.escape)="closed.emit()"
    >
      <div class="reset-link__head">
        <h2 id="reset-link-title" class="reset-link__title">
          <app-icon name="lock" />{{ 'admin.resetLink.title' | translate: { name: u.displayName } }}
        </h2>
        <button
          type="button"
          class="notice__close"
          data-testid="reset-link-close"
          [attr.aria-label]="'admin.resetLink.close' | translate"
          (click)="closed.emit()"
        >
          <app-icon name="close" />
        </button>
      </div>

      <app-load-view testId="reset-link" texts="admin.resetLink" [inset]="true">
        <ng-template [appLoaded]="link" let-link>
          <p class="reset-link__explain">
            {{
              'admin.resetLink.explain'
                | translate: { name: u.displayName, email: u.email, minutes: minutes }
            }}
          </p>
          <div class="field">
            <label class="field__label" for="reset-link-url">{{
              'admin.resetLink.field' | translate
            }}</label>
            <div class="reset-link__row">
              <input
                #urlInput
                id="reset-link-url"
                class="input"
                type="text"
                readonly
                spellcheck="false"
                data-testid="reset-link-url"
                aria-describedby="reset-link-expires"
                [value]="link.url"
                (focus)="urlInput.select()"
              />
              <button
                type="button"
                class="btn btn--secondary"
                data-testid="reset-link-copy"
                (click)="copy(link.url, urlInput)"
              >
                <app-icon name="check" />{{ 'admin.resetLink.copy' | translate }}
              </button>
            </div>
            <p
              class="field__hint"
              id="reset-link-expires"
              data-testid="reset-link-expires"
              [attr.data-expires-at]="link.expiresAt"
            >
              {{
                'admin.resetLink.expires' | translate: { time: (link.expiresAt | dateTime: lang()) }
              }}
            </p>
          </div>
          <p class="reset-link__copy-state" role="status" data-testid="reset-link-copy-state">
            @if (copyState() === 'copied') {
              {{ 'admin.resetLink.copied' | translate }}
            } @else if (copyState() === 'failed') {
              {{ 'admin.resetLink.copyFailed' | translate }}
            }
          </p>
        </ng-template>
      </app-load-view>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .reset-link {
      display: grid;
      gap: var(--space-3);
      padding: var(--space-5);
      border-inline-start: 4px solid var(--color-primary);
    }
    .reset-link__head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--space-3);
    }
    .reset-link__title {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      margin: 0;
      font-size: var(--text-lg);
      app-icon {
        color: var(--color-primary);
      }
    }
    .reset-link__explain {
      margin: 0 0 var(--space-3);
      color: var(--color-text-muted);
      overflow-wrap: anywhere;
    }
    .reset-link__row {
      display: flex;
      gap: var(--space-2);
      .input {
        flex: 1;
        min-inline-size: 0;
        font-family: var(--font-mono, monospace);
        font-size: var(--text-sm);
      }
      @media (max-width: 30rem) {
        flex-direction: column;
      }
    }
    .reset-link__copy-state {
      margin: var(--space-2) 0 0;
      font-size: var(--text-sm);
      &:empty {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetLinkPanel {
  private readonly api = inject(AdminUsersService);
  private readonly document = inject(DOCUMENT);
  private readonly urlInput = viewChild<ElementRef<HTMLInputElement>>('urlInput');

  /** Whose password the link resets. */
  readonly user = input.required<User>();
  readonly closed = output<void>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly minutes = RESET_LINK_MINUTES;
  protected readonly copyState = signal<CopyState>('idle');
  /** The link: created when the panel opens, and again on retry. */
  protected readonly link = loadEachQuery(toObservable(this.user), {
    load: (user) => this.api.resetLink(user.id),
    onQuery: () => this.copyState.set('idle'),
  });

  constructor() {
    // Once the link is there, focus it (selected, ready to copy).
    effect(() => {
      const input = this.urlInput()?.nativeElement;
      if (input) {
        untracked(() => input.focus());
      }
    });
  }

  protected copy(url: string, input: HTMLInputElement): void {
    input.focus();
    input.select();
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (clipboard?.writeText) {
      clipboard.writeText(url).then(
        () => this.copyState.set('copied'),
        () => this.copyState.set(this.copyBySelection() ? 'copied' : 'failed'),
      );
      return;
    }
    this.copyState.set(this.copyBySelection() ? 'copied' : 'failed');
  }

  /** Older browsers and insecure origins: copy the selected text of the focused field. */
  private copyBySelection(): boolean {
    try {
      return this.document.execCommand?.('copy') === true;
    } catch {
      return false;
    }
  }
}
