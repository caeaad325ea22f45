import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription, of } from 'rxjs';

import { DISPLAY_NAME_MAX_LENGTH, User } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { LanguageService } from '../../../core/i18n/language.service';
import { Lang, SUPPORTED_LANGS } from '../../../core/i18n/languages';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { notBlank } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { NotificationPrefs } from '../notifications/notification-prefs';

/**
 * `/profile`: account facts (read-only), the editable display name and language, the link to
 * change the password and the e-mail notification preferences.
 */
@Component({
  selector: 'app-profile',
  imports: [
    SubmitButton,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    LoadView,
    Loaded,
    FormField,
    FieldControl,
    FormAlert,
    NotificationPrefs,
  ],
  templateUrl: './profile.html',
  styleUrl: '../profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Profile {
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private request?: Subscription;

  protected readonly user = this.auth.user;
  protected readonly saved = signal(false);
  protected readonly langs = SUPPORTED_LANGS;
  protected readonly displayNameRule = {
    key: 'form.displayNameLength',
    params: { max: DISPLAY_NAME_MAX_LENGTH },
  };
  protected readonly memberSince = computed(() => {
    const created = this.user()?.createdAt;
    const date = created ? new Date(created) : undefined;
    if (!date || Number.isNaN(date.getTime())) {
      return '';
    }
    return new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'long' }).format(date);
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [
      '',
      [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH), notBlank],
    ],
    language: ['en' as Lang, Validators.required],
  });
  protected readonly feedback = new FormFeedback();
  /** The account as the server has it now (retry reads it again), put into the form. */
  protected readonly account = loadEachQuery(of(null), {
    load: () => this.auth.loadMe(),
    onResult: (user) => this.fill(user),
  });

  constructor() {
    this.destroyRef.onDestroy(() => this.request?.unsubscribe());
  }

  protected edited(field: string): void {
    this.saved.set(false);
    this.feedback.edited(field);
  }

  protected save(): void {
    this.saved.set(false);
    if (!this.feedback.start(this.form, () => this.formElement()?.nativeElement)) {
      return;
    }
    const { displayName, language } = this.form.getRawValue();
    this.request = this.auth
      .updateProfile({ displayName: displayName.trim(), language })
      .subscribe({
        next: (user) => {
          this.feedback.succeed();
          this.fill(user);
          this.saved.set(true);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }

  private fill(user: User): void {
    this.form.reset({ displayName: user.displayName, language: user.language });
  }
}
