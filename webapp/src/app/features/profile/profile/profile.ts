import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';

import { DISPLAY_NAME_MAX_LENGTH } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { Lang, SUPPORTED_LANGS } from '../../../core/i18n/languages';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { notBlank } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';

type LoadState = 'loading' | 'ready' | 'error';

/** `/profile`: account facts (read-only) and the editable display name and language. */
@Component({
  selector: 'app-profile',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, Icon, FormField, FieldControl],
  templateUrl: './profile.html',
  styleUrl: '../profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Profile implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private request?: Subscription;

  protected readonly user = this.auth.user;
  protected readonly state = signal<LoadState>('loading');
  protected readonly loadError = signal<UserMessage | null>(null);
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

  constructor() {
    this.destroyRef.onDestroy(() => this.request?.unsubscribe());
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.request?.unsubscribe();
    this.state.set('loading');
    this.loadError.set(null);
    this.request = this.auth.loadMe().subscribe({
      next: (user) => {
        this.form.reset({ displayName: user.displayName, language: user.language });
        this.state.set('ready');
      },
      error: (error: unknown) => {
        this.loadError.set(toUserMessage(error));
        this.state.set('error');
      },
    });
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
          this.form.reset({ displayName: user.displayName, language: user.language });
          this.saved.set(true);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }
}
