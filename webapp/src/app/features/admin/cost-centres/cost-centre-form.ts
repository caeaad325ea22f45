import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { User } from '../../../core/auth/auth.model';
import { AdminCostCentresService } from '../../../core/cost-centres/admin-cost-centres.service';
import {
  COST_CENTRE_CODE_MAX,
  COST_CENTRE_CODE_PATTERN,
  COST_CENTRE_NAME_MAX,
  CostCentre,
  CostCentreBody,
} from '../../../core/cost-centres/cost-centre.model';
import { currencyName } from '../../../core/experts/locale-data';
import {
  CURRENCIES,
  currencyDigits,
  minorToMajor,
  parseMajorToMinor,
} from '../../../core/experts/money';
import { LanguageService } from '../../../core/i18n/language.service';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { FormMessage, notBlank } from '../../../shared/forms/form-messages';
import { positiveAmount } from '../../../shared/forms/money-validators';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { Icon } from '../../../shared/ui/icon/icon';
import { UserSearch } from './user-search';

/** Currency a new centre starts with. */
export const CENTRE_DEFAULT_CURRENCY = 'EUR';

/**
 * A cost centre's settings (`POST` to create, `PUT` to save; the code is fixed once created): code,
 * name, currency, the monthly budget and the optional per-session limit (typed in major units,
 * "1500.00", converted to minor units exactly), active, and the approvers (search-and-add). Server
 * field errors show next to their fields.
 */
@Component({
  selector: 'app-cost-centre-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    FormAlert,
    SubmitButton,
    UserSearch,
  ],
  templateUrl: './cost-centre-form.html',
  styleUrl: './cost-centre-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostCentreForm implements OnInit {
  private readonly api = inject(AdminCostCentresService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  /** The centre to edit; null to create one. */
  readonly centre = input<CostCentre | null>(null);
  readonly saved = output<CostCentre>();
  readonly cancelled = output<void>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly codeMax = COST_CENTRE_CODE_MAX;
  protected readonly nameMax = COST_CENTRE_NAME_MAX;
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(COST_CENTRE_CODE_PATTERN)]],
    name: ['', [Validators.required, Validators.maxLength(COST_CENTRE_NAME_MAX), notBlank]],
    currency: [CENTRE_DEFAULT_CURRENCY, Validators.required],
    monthlyBudget: ['', [Validators.required, positiveAmount(() => this.currentCurrency())]],
    perSessionLimit: ['', [positiveAmount(() => this.currentCurrency())]],
    active: [true],
  });
  protected readonly approvers = signal<{ id: string; name: string }[]>([]);
  protected readonly approverIds = computed(() => this.approvers().map((a) => a.id));
  protected readonly editing = computed(() => this.centre() !== null);
  private readonly currency = toSignal(this.form.controls.currency.valueChanges, {
    initialValue: CENTRE_DEFAULT_CURRENCY,
  });
  protected readonly currencyOptions = computed(() => {
    const lang = this.lang();
    return CURRENCIES.map((code) => ({ code, name: currencyName(code, lang) }));
  });

  constructor() {
    // Another currency may make a typed amount invalid (decimals for CLP): say so at once.
    this.form.controls.currency.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      for (const control of [
        this.form.controls.monthlyBudget,
        this.form.controls.perSessionLimit,
      ]) {
        control.updateValueAndValidity({ emitEvent: false });
        if (control.value !== '') {
          control.markAsTouched();
        }
      }
    });
  }

  ngOnInit(): void {
    const centre = this.centre();
    if (centre) {
      this.form.setValue({
        code: centre.code,
        name: centre.name,
        currency: centre.currency,
        monthlyBudget: minorToMajor(centre.monthlyBudget, centre.currency),
        perSessionLimit:
          centre.perSessionLimit === null
            ? ''
            : minorToMajor(centre.perSessionLimit, centre.currency),
        active: centre.active,
      });
      this.form.controls.code.disable();
      this.approvers.set(approversOf(centre));
    }
  }

  protected edited(field: string): void {
    this.feedback.edited(field);
  }

  /** Codes are upper case: what is typed is turned so. */
  protected codeInput(): void {
    const control = this.form.controls.code;
    const upper = control.value.toUpperCase();
    if (upper !== control.value) {
      control.setValue(upper);
    }
    this.feedback.edited('code');
  }

  protected codeMessage(): FormMessage | null {
    const control = this.form.controls.code;
    const message = this.feedback.message('code', control);
    return message && message.text === undefined && control.errors?.['pattern']
      ? { key: 'adminCostCentres.form.codeRule', params: { max: COST_CENTRE_CODE_MAX } }
      : message;
  }

  protected amountMessage(field: 'monthlyBudget' | 'perSessionLimit'): FormMessage | null {
    const whole = currencyDigits(this.currency()) === 0;
    return this.feedback.amountMessage(
      field,
      this.form.controls[field],
      { amountPositive: { key: 'adminCostCentres.form.amountPositive' } },
      {
        key: whole
          ? 'adminCostCentres.form.amountInvalidWhole'
          : 'adminCostCentres.form.amountInvalid',
      },
    );
  }

  protected addApprover(user: User): void {
    if (!this.approverIds().includes(user.id)) {
      this.approvers.update((list) => [...list, { id: user.id, name: user.displayName }]);
      this.feedback.edited('approverIds');
    }
  }

  protected removeApprover(id: string): void {
    this.approvers.update((list) => list.filter((a) => a.id !== id));
    this.feedback.edited('approverIds');
  }

  protected submit(): void {
    if (!this.feedback.start(this.form, () => this.formElement().nativeElement)) {
      return;
    }
    const body = this.body();
    if (!body) {
      this.feedback.sending.set(false);
      return;
    }
    const centre = this.centre();
    const request = centre ? this.api.update(centre.code, body) : this.api.create(body);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.feedback.succeed();
        this.approvers.set(approversOf(saved));
        this.saved.emit(saved);
      },
      error: (error: unknown) => this.feedback.fail(error),
    });
  }

  /** The request body, amounts in minor units (null when one cannot be read: the field says why). */
  private body(): CostCentreBody | null {
    const v = this.form.getRawValue();
    const budget = parseMajorToMinor(v.monthlyBudget, v.currency);
    const limitText = v.perSessionLimit.trim();
    const limit = limitText === '' ? null : parseMajorToMinor(limitText, v.currency);
    if (budget === null || (limitText !== '' && limit === null)) {
      return null;
    }
    return {
      code: v.code.trim().toUpperCase(),
      name: v.name.trim(),
      currency: v.currency,
      monthlyBudget: budget,
      perSessionLimit: limit,
      approverIds: this.approverIds(),
      active: v.active,
    };
  }

  private currentCurrency(): string {
    return this.form?.controls.currency.value ?? CENTRE_DEFAULT_CURRENCY;
  }
}

/** The approvers of a centre with their names (an id the answer does not name shows as itself). */
function approversOf(centre: CostCentre): { id: string; name: string }[] {
  const names = new Map((centre.approvers ?? []).map((a) => [a.id, a.name]));
  return (centre.approverIds ?? []).map((id) => ({ id, name: names.get(id) || id }));
}
