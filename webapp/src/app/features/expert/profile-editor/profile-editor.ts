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
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { forkJoin, of } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { CategoriesService } from '../../../core/experts/categories.service';
import { ExpertProfile } from '../../../core/experts/expert.model';
import { ExpertsService } from '../../../core/experts/experts.service';
import { timeZones } from '../../../core/experts/locale-data';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { FieldError } from '../../../shared/forms/field-error';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { FormMessage } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { ExpertProfileForm } from './expert-profile-form';
import { ProfileExpertise } from './profile-expertise';
import { ProfilePhoto } from './profile-photo';
import { ProfileRates } from './profile-rates';
import { ProfileStatus } from './profile-status';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';

/**
 * `/expert/profile` (EXPERT only): the expert's public profile — headline, bio, skills,
 * categories, languages, time zone, currency, price per channel, free minutes and availability —
 * plus the photo and the verification status. A 404 from the API means "no profile yet": the
 * form starts empty. The form model is {@link ExpertProfileForm}; the expertise, prices and
 * photo sections and the status banner are components of their own.
 */
@Component({
  selector: 'app-profile-editor',
  imports: [
    PageHero,
    SubmitButton,
    ProfileStatus,
    ProfileExpertise,
    ProfileRates,
    ProfilePhoto,
    LoadView,
    Loaded,
    FormAlert,
    FormField,
    FieldControl,
    FieldError,
    Icon,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  providers: [ExpertProfileForm],
  templateUrl: './profile-editor.html',
  styleUrl: './profile-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ProfileEditor {
  private readonly api = inject(ExpertsService);
  private readonly categoriesApi = inject(CategoriesService);
  private readonly auth = inject(AuthService);
  private readonly model = inject(ExpertProfileForm);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly expertise = viewChild(ProfileExpertise);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly form = this.model.form;
  protected readonly feedback = this.model.feedback;
  protected readonly saved = this.model.saved;
  protected readonly limits = this.model.limits;
  protected readonly displayName = computed(() => this.auth.user()?.displayName ?? '');

  /** The profile (null before the first save) and the categories to choose from. */
  protected readonly data = loadEachQuery(of(null), {
    load: () => forkJoin({ profile: this.api.mine(), categories: this.categoriesApi.list() }),
    onResult: ({ profile }) => this.apply(profile),
  });
  /** The saved profile: as loaded, then as each save returned it. */
  protected readonly profile = signal<ExpertProfile | null>(null);
  protected readonly categories = computed(() => this.data.result()?.categories ?? []);
  protected readonly timeZoneOptions = computed(() => {
    const zones = timeZones();
    const current = this.model.value().timeZone;
    if (current && !zones.includes(current)) {
      zones.unshift(current);
    }
    return zones;
  });

  protected edited(field: string): void {
    this.model.edited(field);
  }

  protected message(
    field: string,
    control: AbstractControl,
    custom?: Record<string, FormMessage>,
  ): FormMessage | null {
    return this.model.message(field, control, custom);
  }

  protected save(): void {
    this.saved.set(false);
    this.expertise()?.commit();
    this.form.controls.offer.markAsTouched();
    if (!this.feedback.start(this.form, () => this.formElement()?.nativeElement)) {
      return;
    }
    this.api
      .saveMine(this.model.toUpdate())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => {
          this.feedback.succeed();
          this.apply(profile);
          this.saved.set(true);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }

  private apply(profile: ExpertProfile | null): void {
    this.profile.set(profile);
    this.model.apply(profile);
  }
}
