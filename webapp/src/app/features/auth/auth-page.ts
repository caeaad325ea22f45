import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';

import { FormAlert } from '../../shared/forms/form-alert';
import { FormFeedback } from '../../shared/forms/form-feedback';
import { Icon, IconName } from '../../shared/ui/icon/icon';
import { SubmitButton } from '../../shared/forms/submit-button';

/** The two auth pages: their icon and the other page the footer links to. */
const PAGES = {
  login: { icon: 'login', other: '/register' },
  register: { icon: 'user', other: '/login' },
} as const satisfies Record<string, { icon: IconName; other: string }>;

export type AuthPageName = keyof typeof PAGES;

/** What every auth form holds (sign-up adds its own controls). */
export interface CredentialsControls {
  email: FormControl<string>;
  password: FormControl<string>;
}

/**
 * The frame sign-in and sign-up share: heading, the form (the problem on top, the projected
 * fields, the submit button that waits while sending) and the link to the other page, which
 * keeps the `returnUrl` query parameter. Texts are `auth.<page>.*`, test ids `<page>-form`,
 * `-error`, `-submit`. It runs the client-side checks (focusing the first invalid field) and
 * emits `submitted` only for a form that may be sent; a projected `[authNotice]` goes above
 * the form, then a projected `[authAlt]` (other ways in: single sign-on, a loading box, the
 * reason there is no form). `formShown` and `switchShown` hide the form and the link to the other
 * page (a desk that signs people in through their company only).
 */
@Component({
  selector: 'app-auth-page',
  imports: [SubmitButton, ReactiveFormsModule, RouterLink, TranslatePipe, Icon, FormAlert],
  templateUrl: './auth-page.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthPage<
  C extends CredentialsControls & Record<keyof C, AbstractControl> = CredentialsControls,
> {
  readonly page = input.required<AuthPageName>();
  readonly form = input.required<FormGroup<C>>();
  readonly feedback = input.required<FormFeedback>();
  /** Show the e-mail/password form (false: only what `[authAlt]` offers). */
  readonly formShown = input(true);
  /** Show the link to the other page (false: e.g. no self-service sign-up). */
  readonly switchShown = input(true);
  /** The form passed the client-side checks; `feedback.sending()` is now true. */
  readonly submitted = output<void>();

  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly frame = computed(() => PAGES[this.page()]);
  /** The link to the other page keeps where to go once signed in. */
  protected readonly switchParams = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((params) => {
        const returnUrl = params.get('returnUrl');
        return returnUrl ? { returnUrl } : {};
      }),
    ),
    { initialValue: {} },
  );

  protected submit(): void {
    if (this.feedback().start(this.form(), () => this.formElement()?.nativeElement)) {
      this.submitted.emit();
    }
  }
}
