import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, NonNullableFormBuilder, Validators } from '@angular/forms';
import { map } from 'rxjs';

import {
  CHANNELS,
  Channel,
  EXPERT_LIMITS,
  ExpertProfile,
  ExpertProfileUpdate,
  Rates,
} from '../../../core/experts/expert.model';
import { browserTimeZone } from '../../../core/experts/locale-data';
import {
  currencyDigits,
  formatMoney,
  minorToMajor,
  parseMajorToMinor,
} from '../../../core/experts/money';
import { LanguageService } from '../../../core/i18n/language.service';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FormMessage, notBlank } from '../../../shared/forms/form-messages';
import { atLeastOneChecked, itemCount, rateValidator, wholeNumber } from './profile-validators';

const L = EXPERT_LIMITS;

/**
 * The expert profile editor's form model, shared by the editor and its sections (provided by
 * the editor): the controls and their validators, the profile ⇄ form mapping (rates as major
 * units in the form, minor units in the API), which rate boxes are enabled, and the message to
 * show under each field (the server's first, else the client-side one).
 */
@Injectable()
export class ExpertProfileForm {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly lang = inject(LanguageService).lang;

  readonly limits = L;
  readonly feedback = new FormFeedback();
  /** The last save went through and nothing was edited since. */
  readonly saved = signal(false);

  readonly form = this.fb.group({
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
  readonly controls = this.form.controls;

  /** The whole form value, disabled rate boxes included. */
  readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  readonly currency = computed(() => this.value().currency);

  constructor() {
    this.controls.offer.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.syncRateControls());
    // Another currency may turn a typed price invalid (e.g. decimals for CLP): say so at once.
    this.controls.currency.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      for (const c of CHANNELS) {
        const control = this.controls.rates.controls[c];
        control.updateValueAndValidity({ emitEvent: false });
        if (control.enabled && control.value !== '') {
          control.markAsTouched();
        }
      }
    });
  }

  /** The user changed `field`: the save notice and that field's server error go. */
  edited(field: string): void {
    this.saved.set(false);
    this.feedback.edited(field);
  }

  /** Puts a profile (or, for null, an empty one in the UI's language) into the form. */
  apply(profile: ExpertProfile | null): void {
    const currency = profile?.currency || 'EUR';
    const rates = profile?.rates ?? {};
    const offered = (c: Channel) => typeof rates[c] === 'number';
    const rateText = (c: Channel) => {
      const minor = rates[c];
      return typeof minor === 'number' ? minorToMajor(minor, currency) : '';
    };
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

  /** The API body: trimmed texts, rates in minor units for the offered channels only. */
  toUpdate(): ExpertProfileUpdate {
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

  /** The message under a field: the server's, else `custom` for a client-side error. */
  message(
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

  rateMessage(channel: Channel): FormMessage | null {
    const currency = this.currency();
    const money = (minor: number) => formatMoney(minor, currency, this.lang());
    return this.message(`rates.${channel}`, this.controls.rates.controls[channel], {
      rateFormat: {
        key:
          currencyDigits(currency) === 0
            ? 'expertProfile.rateInvalidWhole'
            : 'expertProfile.rateInvalid',
      },
      rateRange: {
        key: 'expertProfile.rateRange',
        params: { min: money(L.rateMin), max: money(L.rateMax) },
      },
    });
  }

  /** "Offer at least one channel", or the server's error on `rates`. */
  channelsMessage(): FormMessage | null {
    const offer = this.controls.offer;
    const server = this.feedback.serverErrors()['rates'];
    if (server !== undefined) {
      return { text: server, key: 'errors.badRequest' };
    }
    return offer.invalid && (offer.touched || this.feedback.submitted())
      ? { key: 'expertProfile.channelsRequired' }
      : null;
  }

  /** A rate box is enabled (and validated) only while its channel is offered. */
  private syncRateControls(): void {
    const offer = this.controls.offer.getRawValue();
    for (const c of CHANNELS) {
      const control = this.controls.rates.controls[c];
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

  /** A server error on e.g. "skills[2]" for the field "skills". */
  private prefixedServerError(field: string): FormMessage | null {
    const errors = this.feedback.serverErrors();
    const key = Object.keys(errors).find((k) => k.startsWith(`${field}[`));
    return key ? { text: errors[key], key: 'errors.badRequest' } : null;
  }
}
