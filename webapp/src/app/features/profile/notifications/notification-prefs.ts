import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { of } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { loadEachQuery } from '../../../core/http/load-each-query';
import {
  NotificationChoices,
  NotificationPreferences,
} from '../../../core/notifications/notifications.model';
import { NotificationsService } from '../../../core/notifications/notifications.service';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';

type Choice = keyof NotificationChoices;

/** The choices everyone has; experts also hear about missed requests and new reviews. */
const EVERYONE: readonly Choice[] = ['sessionReceipt', 'payments'];
const EXPERTS: readonly Choice[] = [
  'sessionMissed',
  'sessionReceipt',
  'reviewReceived',
  'payments',
];

/**
 * The profile's "E-mail notifications" card (`GET`/`PUT /api/me/notifications`): a checkbox per
 * e-mail the user may get (missed requests and new reviews for experts only), saved together.
 * Choices not shown are sent back as loaded. A desk that sends no e-mail says so (the choices are
 * still saved).
 */
@Component({
  selector: 'app-notification-prefs',
  imports: [ReactiveFormsModule, TranslatePipe, Icon, LoadView, Loaded, FormAlert, SubmitButton],
  templateUrl: './notification-prefs.html',
  styles: `
    :host {
      display: block;
    }
    h2 {
      margin: 0 0 var(--space-2);
      font-size: var(--text-xl);
    }
    .notifications__lead {
      margin: 0 0 var(--space-4);
      color: var(--color-text-muted);
    }
    .notifications__choices {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationPrefs {
  private readonly api = inject(NotificationsService);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly choices = computed(() => (this.auth.role() === 'EXPERT' ? EXPERTS : EVERYONE));
  protected readonly form = inject(NonNullableFormBuilder).group({
    sessionMissed: false,
    sessionReceipt: false,
    reviewReceived: false,
    payments: false,
  });
  protected readonly feedback = new FormFeedback();
  protected readonly saved = signal(false);
  /** The preferences as the server has them (retry reads them again), put into the form. */
  protected readonly preferences = loadEachQuery(of(null), {
    load: () => this.api.load(),
    onResult: (prefs) => this.fill(prefs),
  });

  protected edited(): void {
    this.saved.set(false);
    this.feedback.alert.set(null);
  }

  protected save(): void {
    this.saved.set(false);
    if (!this.feedback.start(this.form, () => undefined)) {
      return;
    }
    this.api
      .save(this.form.getRawValue())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (prefs) => {
          this.feedback.succeed();
          this.preferences.result.set(prefs);
          this.fill(prefs);
          this.saved.set(true);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }

  private fill(prefs: NotificationPreferences): void {
    const { sessionMissed, sessionReceipt, reviewReceived, payments } = prefs;
    this.form.reset({ sessionMissed, sessionReceipt, reviewReceived, payments });
  }
}
