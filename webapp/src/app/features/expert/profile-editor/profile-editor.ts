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
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription, forkJoin, map } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { CategoriesService } from '../../../core/experts/categories.service';
import {
  AVATAR_TYPES,
  CHANNELS,
  Category,
  Channel,
  EXPERT_LIMITS,
  ExpertProfile,
  ExpertProfileUpdate,
  Rates,
} from '../../../core/experts/expert.model';
import { ExpertsService } from '../../../core/experts/experts.service';
import {
  LANGUAGE_CODES,
  browserTimeZone,
  currencyName,
  languageName,
  sortByName,
  timeZones,
} from '../../../core/experts/locale-data';
import { localized } from '../../../core/experts/localized';
import {
  CURRENCIES,
  currencyDigits,
  formatMoney,
  minorToMajor,
  parseMajorToMinor,
} from '../../../core/experts/money';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { ExpertAvatar } from '../../../shared/experts/expert-avatar';
import { CHANNEL_ICONS } from '../../../shared/experts/expert-rates';
import { FieldError } from '../../../shared/forms/field-error';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { FormMessage, notBlank } from '../../../shared/forms/form-messages';
import { TagInput } from '../../../shared/forms/tag-input';
import { Icon } from '../../../shared/ui/icon/icon';
import { atLeastOneChecked, itemCount, rateValidator, wholeNumber } from './profile-validators';

type LoadState = 'loading' | 'ready' | 'error';

/** Banner state: the verification status, or NONE before the first save. */
type BannerStatus = ExpertProfile['status'] | 'NONE';

const L = EXPERT_LIMITS;

/**
 * `/expert/profile` (EXPERT only): the expert's public profile — headline, bio, skills,
 * categories, languages, time zone, currency, price per channel, free minutes and availability —
 * plus the photo and the verification status. A 404 from the API means "no profile yet": the
 * form starts empty.
 */
@Component({
  selector: 'app-profile-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    FieldError,
    TagInput,
    ExpertAvatar,
  ],
  templateUrl: './profile-editor.html',
  styleUrl: './profile-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ProfileEditor implements OnInit {
  private readonly api = inject(ExpertsService);
  private readonly categoriesApi = inject(CategoriesService);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly skillInput = viewChild(TagInput);
  private request?: Subscription;
  private avatarRequest?: Subscription;
  private objectUrl: string | null = null;

  protected readonly lang = inject(LanguageService).lang;
  protected readonly limits = L;
  protected readonly channels = CHANNELS;
  protected readonly icons = CHANNEL_ICONS;
  protected readonly avatarAccept = AVATAR_TYPES.join(',');

  protected readonly state = signal<LoadState>('loading');
  protected readonly loadError = signal<UserMessage | null>(null);
  protected readonly profile = signal<ExpertProfile | null>(null);
  protected readonly categories = signal<Category[]>([]);
  protected readonly saved = signal(false);
  protected readonly feedback = new FormFeedback();

  protected readonly avatarUrl = signal<string | null>(null);
  protected readonly avatarPreview = signal<string | null>(null);
  protected readonly avatarBusy = signal(false);
  protected readonly avatarError = signal<FormMessage | null>(null);
  protected readonly avatarDone = signal<'uploaded' | 'removed' | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    headline: ['', [Validators.required, Validators.maxLength(L.headlineMax), notBlank]],
    bio: ['', Validators.maxLength(L.bioMax)],
    skills: this.fb.control<string[]>([], itemCount(0, L.skillsMax)),
    categories: this.fb.control<string[]>([], itemCount(L.categoriesMin, L.categoriesMax)),
    languages: this.fb.control<string[]>([], itemCount(L.languagesMin, L.languagesMax)),
    timeZone: [browserTimeZone(), Validators.required],
    currency: ['EUR', Validators.required],
    offer: this.fb.group(
      { CHAT: [false], AUDIO: [false], VIDEO: [false] },
      { validators: atLeastOneChecked },
    ),
    rates: this.fb.group({
      CHAT: this.rateControl(),
      AUDIO: this.rateControl(),
      VIDEO: this.rateControl(),
    }),
    freeMinutes: [
      0,
      [Validators.required, Validators.min(0), Validators.max(L.freeMinutesMax), wholeNumber],
    ],
    available: [true],
  });

  /** The whole form value, disabled rate boxes included. */
  protected readonly value = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  protected readonly currency = computed(() => this.value().currency);
  protected readonly selectedCategories = computed(() => this.value().categories);
  protected readonly selectedLanguages = computed(() => this.value().languages);
  protected readonly skills = computed(() => this.value().skills);
  protected readonly bannerStatus = computed<BannerStatus>(() => this.profile()?.status ?? 'NONE');
  protected readonly shownAvatar = computed(() => this.avatarPreview() ?? this.avatarUrl());
  protected readonly displayName = computed(() => this.auth.user()?.displayName ?? '');

  protected readonly categoryOptions = computed(() => {
    const lang = this.lang();
    const options = this.categories().map((c) => ({
      slug: c.slug,
      name: localized(c.name, lang) || c.slug,
      description: localized(c.description, lang),
    }));
    for (const slug of this.selectedCategories()) {
      if (!options.some((o) => o.slug === slug)) {
        options.push({ slug, name: slug, description: '' });
      }
    }
    return options;
  });
  protected readonly languageOptions = computed(() => {
    const lang = this.lang();
    const codes = new Set([...LANGUAGE_CODES, ...this.selectedLanguages()]);
    return sortByName(
      [...codes].map((code) => ({ code, name: languageName(code, lang) })),
      (o) => o.name,
      lang,
    );
  });
  protected readonly timeZoneOptions = computed(() => {
    const zones = timeZones();
    const current = this.value().timeZone;
    if (current && !zones.includes(current)) {
      zones.unshift(current);
    }
    return zones;
  });
  protected readonly currencyOptions = computed(() => {
    const lang = this.lang();
    const codes = new Set([...CURRENCIES, this.currency()]);
    return [...codes].map((code) => ({ code, name: currencyName(code, lang) }));
  });
  /** Formatted price for each valid rate, e.g. "1,50 €". */
  protected readonly ratePreviews = computed(() => {
    const v = this.value();
    const currency = v.currency;
    const previews: Partial<Record<Channel, string>> = {};
    for (const c of CHANNELS) {
      const minor = v.offer[c] ? parseMajorToMinor(v.rates[c], currency) : null;
      if (minor !== null && minor >= L.rateMin && minor <= L.rateMax) {
        previews[c] = formatMoney(minor, currency, this.lang());
      }
    }
    return previews;
  });

  constructor() {
    this.form.controls.offer.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.syncRateControls());
    // Another currency may turn a typed price invalid (e.g. decimals for CLP): say so at once.
    this.form.controls.currency.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      for (const c of CHANNELS) {
        const control = this.form.controls.rates.controls[c];
        control.updateValueAndValidity({ emitEvent: false });
        if (control.enabled && control.value !== '') {
          control.markAsTouched();
        }
      }
    });
    this.destroyRef.onDestroy(() => {
      this.request?.unsubscribe();
      this.avatarRequest?.unsubscribe();
      this.revokePreview();
    });
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.request?.unsubscribe();
    this.state.set('loading');
    this.loadError.set(null);
    this.request = forkJoin({
      profile: this.api.mine(),
      categories: this.categoriesApi.list(),
    }).subscribe({
      next: ({ profile, categories }) => {
        this.categories.set(categories);
        this.apply(profile);
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

  protected setSkills(skills: string[]): void {
    const control = this.form.controls.skills;
    control.setValue(skills);
    control.markAsTouched();
    this.edited('skills');
  }

  protected toggleCategory(slug: string, event: Event): void {
    this.toggle(this.form.controls.categories, slug, (event.target as HTMLInputElement).checked);
    this.edited('categories');
  }

  protected toggleLanguage(code: string, event: Event): void {
    this.toggle(this.form.controls.languages, code, (event.target as HTMLInputElement).checked);
    this.edited('languages');
  }

  /** The message under a field: the server's, else `custom` for a client-side error. */
  protected message(
    field: string,
    control: AbstractControl,
    custom: Record<string, FormMessage> = {},
  ): FormMessage | null {
    const base = this.feedback.message(field, control) ?? this.prefixedServerError(field);
    if (!base || base.text !== undefined || control.errors?.['required']) {
      return base;
    }
    const errors = control.errors ?? {};
    const key = Object.keys(custom).find((error) => errors[error]);
    return key ? custom[key] : base;
  }

  protected rateMessage(channel: Channel): FormMessage | null {
    const currency = this.currency();
    return this.message(`rates.${channel}`, this.form.controls.rates.controls[channel], {
      rateFormat: {
        key:
          currencyDigits(currency) === 0
            ? 'expertProfile.rateInvalidWhole'
            : 'expertProfile.rateInvalid',
      },
      rateRange: {
        key: 'expertProfile.rateRange',
        params: {
          min: formatMoney(L.rateMin, currency, this.lang()),
          max: formatMoney(L.rateMax, currency, this.lang()),
        },
      },
    });
  }

  protected channelsMessage(): FormMessage | null {
    const offer = this.form.controls.offer;
    const server = this.feedback.serverErrors()['rates'];
    if (server !== undefined) {
      return { text: server, key: 'errors.badRequest' };
    }
    return offer.invalid && (offer.touched || this.feedback.submitted())
      ? { key: 'expertProfile.channelsRequired' }
      : null;
  }

  protected save(): void {
    this.saved.set(false);
    this.skillInput()?.commit();
    this.form.controls.offer.markAsTouched();
    if (!this.feedback.start(this.form, () => this.formElement()?.nativeElement)) {
      return;
    }
    this.request = this.api.saveMine(this.toUpdate()).subscribe({
      next: (profile) => {
        this.feedback.succeed();
        this.apply(profile);
        this.saved.set(true);
      },
      error: (error: unknown) => this.feedback.fail(error),
    });
  }

  protected onAvatarSelected(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // picking the same file again must fire "change" again
    if (!file) {
      return;
    }
    this.avatarDone.set(null);
    if (!AVATAR_TYPES.includes(file.type)) {
      this.avatarError.set({ key: 'expertProfile.avatar.wrongType' });
      return;
    }
    if (file.size > L.avatarMaxBytes) {
      this.avatarError.set({ key: 'expertProfile.avatar.tooLarge' });
      return;
    }
    this.avatarError.set(null);
    this.revokePreview();
    if (typeof URL.createObjectURL === 'function') {
      this.objectUrl = URL.createObjectURL(file);
      this.avatarPreview.set(this.objectUrl);
    }
    this.avatarBusy.set(true);
    this.avatarRequest?.unsubscribe();
    this.avatarRequest = this.api.uploadAvatar(file).subscribe({
      next: ({ avatarUrl }) => {
        this.avatarBusy.set(false);
        this.revokePreview();
        this.avatarUrl.set(avatarUrl);
        this.avatarDone.set('uploaded');
      },
      error: (error: unknown) => this.avatarFailed(error),
    });
  }

  protected removeAvatar(): void {
    this.avatarDone.set(null);
    this.avatarError.set(null);
    this.avatarBusy.set(true);
    this.avatarRequest?.unsubscribe();
    this.avatarRequest = this.api.deleteAvatar().subscribe({
      next: () => {
        this.avatarBusy.set(false);
        this.revokePreview();
        this.avatarUrl.set(null);
        this.avatarDone.set('removed');
      },
      error: (error: unknown) => this.avatarFailed(error),
    });
  }

  /** Puts a profile (or, for null, an empty one) into the form. */
  private apply(profile: ExpertProfile | null): void {
    this.profile.set(profile);
    this.avatarUrl.set(profile?.avatarUrl ?? null);
    const currency = profile?.currency || 'EUR';
    const rates = profile?.rates ?? {};
    const rateText = (c: Channel) => {
      const minor = rates[c];
      return typeof minor === 'number' ? minorToMajor(minor, currency) : '';
    };
    const offered = (c: Channel) => typeof rates[c] === 'number';
    this.form.reset({
      headline: profile?.headline ?? '',
      bio: profile?.bio ?? '',
      skills: profile?.skills ?? [],
      categories: profile?.categories ?? [],
      languages: profile?.languages ?? (profile ? [] : [this.lang()]),
      timeZone: profile?.timeZone || browserTimeZone(),
      currency,
      offer: { CHAT: offered('CHAT'), AUDIO: offered('AUDIO'), VIDEO: offered('VIDEO') },
      rates: { CHAT: rateText('CHAT'), AUDIO: rateText('AUDIO'), VIDEO: rateText('VIDEO') },
      freeMinutes: profile?.freeMinutes ?? 0,
      available: profile?.available ?? true,
    });
    this.syncRateControls();
  }

  private toUpdate(): ExpertProfileUpdate {
    const v = this.form.getRawValue();
    const rates: Rates = {};
    for (const c of CHANNELS) {
      const minor = v.offer[c] ? parseMajorToMinor(v.rates[c], v.currency) : null;
      if (minor !== null) {
        rates[c] = minor;
      }
    }
    return {
      headline: v.headline.trim(),
      bio: v.bio.trim(),
      skills: v.skills,
      categories: v.categories,
      languages: v.languages,
      timeZone: v.timeZone,
      currency: v.currency,
      rates,
      freeMinutes: Number(v.freeMinutes),
      available: v.available,
    };
  }

  /** A rate box is enabled (and validated) only while its channel is offered. */
  private syncRateControls(): void {
    const offer = this.form.controls.offer.getRawValue();
    for (const c of CHANNELS) {
      const control = this.form.controls.rates.controls[c];
      if (offer[c] && control.disabled) {
        control.enable({ emitEvent: false });
      } else if (!offer[c] && control.enabled) {
        control.disable({ emitEvent: false });
      }
    }
  }

  private rateControl(): FormControl<string> {
    return this.fb.control({ value: '', disabled: true }, [
      Validators.required,
      rateValidator(() => this.currentCurrency()),
    ]);
  }

  /** The currency picked in the form (EUR while the form is being built). */
  private currentCurrency(): string {
    const form = this.form as AbstractControl | undefined;
    const value: unknown = form?.get('currency')?.value;
    return typeof value === 'string' && value !== '' ? value : 'EUR';
  }

  private toggle(control: AbstractControl<string[]>, value: string, checked: boolean): void {
    const current = control.value;
    const next = checked
      ? current.includes(value)
        ? current
        : [...current, value]
      : current.filter((v) => v !== value);
    control.setValue(next);
    control.markAsTouched();
  }

  /** A server error on e.g. "skills[2]" for the field "skills". */
  private prefixedServerError(field: string): FormMessage | null {
    const errors = this.feedback.serverErrors();
    const key = Object.keys(errors).find((k) => k.startsWith(`${field}[`));
    return key ? { text: errors[key], key: 'errors.badRequest' } : null;
  }

  private avatarFailed(error: unknown): void {
    this.avatarBusy.set(false);
    this.revokePreview();
    const message = toUserMessage(error);
    this.avatarError.set({ text: message.text, key: message.key });
  }

  private revokePreview(): void {
    if (this.objectUrl && typeof URL.revokeObjectURL === 'function') {
      URL.revokeObjectURL(this.objectUrl);
    }
    this.objectUrl = null;
    this.avatarPreview.set(null);
  }
}
