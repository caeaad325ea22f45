import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { categoryFieldMessage } from './category-messages';

/** A text of a category in one language: its control, its API field, its label and its box. */
interface CategoryText {
  readonly control: 'nameEs' | 'nameEn' | 'descriptionEs' | 'descriptionEn';
  readonly field: string;
  readonly label: string;
  readonly id: string;
  readonly lang: 'es' | 'en';
  readonly long: boolean;
}

const TEXTS: readonly CategoryText[] = [
  { control: 'nameEs', field: 'name.es', label: 'nameEs', id: 'name-es', lang: 'es', long: false },
  { control: 'nameEn', field: 'name.en', label: 'nameEn', id: 'name-en', lang: 'en', long: false },
  {
    control: 'descriptionEs',
    field: 'description.es',
    label: 'descriptionEs',
    id: 'description-es',
    lang: 'es',
    long: true,
  },
  {
    control: 'descriptionEn',
    field: 'description.en',
    label: 'descriptionEn',
    id: 'description-en',
    lang: 'en',
    long: true,
  },
];

/**
 * A category's names and descriptions in both languages, inside the create or the edit form (whose
 * form group it joins). Ids and test ids: `<prefix>-name-es`, `<prefix>-description-en`, ….
 */
@Component({
  selector: 'app-category-texts',
  imports: [ReactiveFormsModule, TranslatePipe, FormField, FieldControl],
  viewProviders: [
    { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
  ],
  template: `
    @for (t of texts; track t.control) {
      @let id = prefix() + '-' + t.id;
      <app-form-field
        [inputId]="id"
        [field]="t.field"
        [label]="'admin.categories.' + t.label | translate"
        [message]="message(t)"
      >
        @if (t.long) {
          <textarea
            appFieldControl
            class="input textarea textarea--short"
            rows="2"
            [lang]="t.lang"
            [formControlName]="t.control"
            [attr.data-testid]="id"
            (input)="feedback().edited(t.field)"
          ></textarea>
        } @else {
          <input
            appFieldControl
            class="input"
            type="text"
            required
            [lang]="t.lang"
            [formControlName]="t.control"
            [attr.data-testid]="id"
            (input)="feedback().edited(t.field)"
          />
        }
      </app-form-field>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CategoryTexts {
  /** `category-create` or `category-edit`. */
  readonly prefix = input.required<string>();
  readonly feedback = input.required<FormFeedback>();

  protected readonly texts = TEXTS;
  private readonly container = inject(ControlContainer, { skipSelf: true });

  protected message(text: CategoryText) {
    const form = this.container.control as FormGroup;
    return categoryFieldMessage(this.feedback(), text.field, form.controls[text.control]);
  }
}
