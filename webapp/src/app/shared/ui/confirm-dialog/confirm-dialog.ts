import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  OnDestroy,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

let nextId = 0;

/**
 * Modal confirmation ("alertdialog"): focus starts on Cancel (or on a projected element marked
 * `data-autofocus`), Tab stays inside, Escape or a click on the backdrop cancels, and focus
 * returns to where it was when the dialog closes. Extra content (e.g. a reason field) can be
 * projected between the text and the buttons. Render it with `@if` while a confirmation is
 * pending.
 */
@Component({
  selector: 'app-confirm-dialog',
  imports: [TranslatePipe],
  template: `
    <div class="backdrop" (click)="cancelled.emit()" aria-hidden="true"></div>
    <div
      #panel
      class="panel card"
      role="alertdialog"
      aria-modal="true"
      [attr.aria-labelledby]="titleId"
      [attr.aria-describedby]="textId"
      (keydown)="onKeydown($event)"
    >
      <h2 class="panel__title" [id]="titleId">{{ title() }}</h2>
      <p class="panel__text" [id]="textId">{{ message() }}</p>
      <ng-content />
      <div class="panel__actions">
        <button
          #cancel
          type="button"
          class="btn btn--secondary"
          [attr.data-testid]="cancelTestId()"
          (click)="cancelled.emit()"
        >
          {{ 'confirm.cancel' | translate }}
        </button>
        <button
          type="button"
          class="btn"
          [class.btn--danger]="tone() === 'danger'"
          [class.btn--primary]="tone() !== 'danger'"
          [attr.data-testid]="confirmTestId()"
          [disabled]="busy()"
          (click)="confirmed.emit()"
        >
          {{ confirmLabel() }}
        </button>
      </div>
    </div>
  `,
  styles: `
    :host {
      position: fixed;
      inset: 0;
      z-index: 50;
      display: grid;
      place-items: center;
      padding: var(--space-4);
    }
    .backdrop {
      position: absolute;
      inset: 0;
      background: rgb(8 12 24 / 0.55);
    }
    .panel {
      position: relative;
      inline-size: min(100%, 28rem);
      box-shadow: var(--shadow-lg);
    }
    .panel__title {
      margin: 0 0 var(--space-2);
      font-size: var(--text-xl);
    }
    .panel__text {
      margin: 0;
      color: var(--color-text-muted);
      overflow-wrap: anywhere;
    }
    .panel__actions {
      margin-block-start: var(--space-6);
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--space-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog implements AfterViewInit, OnDestroy {
  private readonly document = inject(DOCUMENT);
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');
  private readonly cancelButton = viewChild.required<ElementRef<HTMLButtonElement>>('cancel');
  private readonly previouslyFocused = this.document.activeElement as HTMLElement | null;

  readonly title = input.required<string>();
  readonly message = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly tone = input<'danger' | 'primary'>('primary');
  /** Disables the confirm button (e.g. while the confirmed action is being sent). */
  readonly busy = input(false);
  /** Test ids of the buttons (a page may name its own). */
  readonly confirmTestId = input('confirm-dialog-confirm');
  readonly cancelTestId = input('confirm-dialog-cancel');

  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  protected readonly titleId = `confirm-title-${nextId}`;
  protected readonly textId = `confirm-text-${nextId++}`;

  ngAfterViewInit(): void {
    const initial = this.panel().nativeElement.querySelector<HTMLElement>('[data-autofocus]');
    (initial ?? this.cancelButton().nativeElement).focus();
  }

  ngOnDestroy(): void {
    if (this.previouslyFocused?.isConnected) {
      this.previouslyFocused.focus();
    }
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.cancelled.emit();
      return;
    }
    if (event.key !== 'Tab') {
      return;
    }
    const focusable = Array.from(
      this.panel().nativeElement.querySelectorAll<HTMLElement>(
        'button:not(:disabled), input:not(:disabled), textarea:not(:disabled), select:not(:disabled), a[href]',
      ),
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.document.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }
}
