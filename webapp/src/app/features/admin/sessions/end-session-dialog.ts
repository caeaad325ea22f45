import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';

import { fieldErrorsOf, toUserMessage } from '../../../core/http/problem';
import { ADMIN_END_NOTE_MAX } from '../../../core/sessions/admin-sessions.model';
import { AdminSessionsService } from '../../../core/sessions/admin-sessions.service';
import { Session } from '../../../core/sessions/session.model';
import { FormMessage } from '../../../shared/forms/form-messages';
import { ReasonField, ReasonInput } from '../../../shared/forms/reason-field';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { Icon } from '../../../shared/ui/icon/icon';

const REASON_ID = 'end-reason';

/**
 * "End this session?": the administrator's reason (required, up to 500 characters, with a
 * counter), then `POST /api/admin/sessions/{id}/end`. A 400 shows its `reason` field error, a
 * 409 or 404 the problem's detail; `gone` (the session left the live list meanwhile) says so and
 * holds the confirm button. Emits the ended session, or `cancelled` (Escape, Cancel, backdrop).
 */
@Component({
  selector: 'app-end-session-dialog',
  imports: [TranslatePipe, ConfirmDialog, ReasonField, Icon],
  template: `
    @let s = session();
    @let names = { client: s.client.displayName, expert: s.expert.displayName };
    <app-confirm-dialog
      tone="danger"
      confirmTestId="end-confirm"
      cancelTestId="end-cancel"
      [title]="'adminSessions.end.title' | translate"
      [message]="'adminSessions.end.text' | translate: names"
      [confirmLabel]="
        (sending() ? 'adminSessions.end.ending' : 'adminSessions.end.confirm') | translate
      "
      [busy]="sending() || held()"
      (confirmed)="confirm()"
      (cancelled)="cancel()"
    >
      <app-reason-field counter [inputId]="reasonId" [reason]="reason" />
      @if (error(); as e) {
        <div class="alert alert--danger dialog-note" role="alert" data-testid="end-error">
          <app-icon name="alert" />
          <p>{{ e.text ?? (e.key | translate) }}</p>
        </div>
      } @else if (held()) {
        <div class="alert alert--info dialog-note" role="status" data-testid="end-gone">
          <app-icon name="alert" />
          <p>{{ 'adminSessions.end.gone' | translate }}</p>
        </div>
      }
    </app-confirm-dialog>
  `,
  styles: `
    .dialog-note {
      margin-block-start: var(--space-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EndSessionDialog {
  private readonly api = inject(AdminSessionsService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  readonly session = input.required<Session>();
  /** The session is no longer live (a frame said so): nothing left to end. */
  readonly gone = input(false);
  readonly ended = output<Session>();
  readonly cancelled = output<void>();

  protected readonly reasonId = REASON_ID;
  protected readonly reason = new ReasonInput(ADMIN_END_NOTE_MAX, 'adminSessions.end');
  protected readonly sending = signal(false);
  protected readonly error = signal<FormMessage | null>(null);
  /** Gone, and not being ended by this dialog (whose own answer is awaited instead). */
  protected readonly held = computed(() => this.gone() && !this.sending());

  protected cancel(): void {
    if (!this.sending()) {
      this.cancelled.emit();
    }
  }

  protected confirm(): void {
    if (this.sending() || this.held()) {
      return;
    }
    this.error.set(null);
    const reason = this.reason.checked();
    if (reason === null) {
      this.focusReason();
      return;
    }
    this.sending.set(true);
    this.api
      .end(this.session().id, reason)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (session) => {
          this.sending.set(false);
          this.ended.emit(session);
        },
        error: (failure: unknown) => {
          this.sending.set(false);
          const field = fieldErrorsOf(failure)['reason'];
          if (field !== undefined) {
            this.reason.error.set({ text: field, key: 'errors.badRequest' });
            this.focusReason();
            return;
          }
          const message = toUserMessage(failure);
          this.error.set({ text: message.text, key: message.key });
        },
      });
  }

  private focusReason(): void {
    this.document.getElementById(REASON_ID)?.focus();
  }
}
