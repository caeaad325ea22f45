import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Category } from '../../../core/experts/expert.model';
import { LANGUAGE_CODES, languageName, sortByName } from '../../../core/experts/locale-data';
import { localized } from '../../../core/experts/localized';
import { LanguageService } from '../../../core/i18n/language.service';
import { FieldError } from '../../../shared/forms/field-error';
import { FormMessage } from '../../../shared/forms/form-messages';
import { TagInput } from '../../../shared/forms/tag-input';
import { ExpertProfileForm } from './expert-profile-form';

/** A "choose between min and max of these" group of checkboxes. */
interface ChoiceGroup {
  readonly field: 'categories' | 'languages';
  /** Id and test id of the fieldset; `<id>-hint` and `<id>-error` for its texts. */
  readonly id: string;
  /** Test id prefix of each checkbox (followed by the option's value). */
  readonly optionTestId: string;
  /** Translation keys: the legend, the "n of max selected" hint, the range error. */
  readonly legend: string;
  readonly hint: string;
  readonly range: string;
  readonly min: number;
  readonly max: number;
  readonly compact: boolean;
  readonly options: readonly { value: string; label: string; title?: string }[];
}

/**
 * The editor's "Expertise" section, on its `<fieldset>` (whose `<legend>` the editor projects):
 * skills as tags, then categories and languages to choose from (each within its limits; a
 * chosen value the lists do not know is still shown, so it can be removed).
 */
@Component({
  selector: 'fieldset[appProfileExpertise]',
  imports: [TranslatePipe, FieldError, TagInput],
  templateUrl: './profile-expertise.html',
  styles: `
    .check-grid--compact {
      grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileExpertise {
  protected readonly model = inject(ExpertProfileForm);
  private readonly lang = inject(LanguageService).lang;
  private readonly skillInput = viewChild.required(TagInput);

  /** The categories an expert may choose from. */
  readonly categories = input.required<readonly Category[]>();

  protected readonly limits = this.model.limits;
  protected readonly skills = computed(() => this.model.value().skills);

  protected readonly groups = computed<ChoiceGroup[]>(() => {
    const lang = this.lang();
    const chosen = this.model.value();
    const categories = this.categories().map((c) => ({
      value: c.slug,
      label: localized(c.name, lang) || c.slug,
      title: localized(c.description, lang),
    }));
    const unknown = chosen.categories.filter((slug) => !categories.some((c) => c.value === slug));
    const codes = new Set([...LANGUAGE_CODES, ...chosen.languages]);
    const languages = [...codes].map((code) => ({ value: code, label: languageName(code, lang) }));
    return [
      {
        field: 'categories',
        id: 'ep-categories',
        optionTestId: 'ep-category-',
        legend: 'expertProfile.categories',
        hint: 'expertProfile.categoriesHint',
        range: 'expertProfile.categoriesRange',
        min: this.limits.categoriesMin,
        max: this.limits.categoriesMax,
        compact: false,
        options: [...categories, ...unknown.map((slug) => ({ value: slug, label: slug }))],
      },
      {
        field: 'languages',
        id: 'ep-languages',
        optionTestId: 'ep-language-',
        legend: 'expertProfile.languages',
        hint: 'expertProfile.languagesHint',
        range: 'expertProfile.languagesRange',
        min: this.limits.languagesMin,
        max: this.limits.languagesMax,
        compact: true,
        options: sortByName(languages, (o) => o.label, lang),
      },
    ];
  });

  /** Adds a skill still typed in the box (call before saving); false when it was refused. */
  commit(): boolean {
    return this.skillInput().commit();
  }

  protected setSkills(skills: string[]): void {
    const control = this.model.controls.skills;
    control.setValue(skills);
    control.markAsTouched();
    this.model.edited('skills');
  }

  protected toggle(field: ChoiceGroup['field'], value: string, event: Event): void {
    const control = this.model.controls[field];
    const current = control.value;
    const checked = (event.target as HTMLInputElement).checked;
    if (checked && !current.includes(value)) {
      control.setValue([...current, value]);
    } else if (!checked) {
      control.setValue(current.filter((v) => v !== value));
    }
    control.markAsTouched();
    this.model.edited(field);
  }

  protected groupMessage(group: ChoiceGroup): FormMessage | null {
    return this.model.message(group.field, this.model.controls[group.field], {
      count: { key: group.range, params: { min: group.min, max: group.max } },
    });
  }
}
