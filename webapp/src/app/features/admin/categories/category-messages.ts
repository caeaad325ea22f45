import { AbstractControl } from '@angular/forms';

import { SLUG_MAX, SLUG_MIN } from '../../../core/experts/expert.model';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FormMessage } from '../../../shared/forms/form-messages';

export const SLUG_LIMITS = { min: SLUG_MIN, max: SLUG_MAX };

/**
 * What a category field says: the client-side rule, else the server's message for the API field
 * (e.g. "name.es"). A blank name reads "required"; a slug that breaks the pattern names the rule.
 */
export function categoryFieldMessage(
  feedback: FormFeedback,
  field: string,
  control: AbstractControl,
): FormMessage | null {
  const message = feedback.message(field, control);
  if (message && message.text === undefined && control.errors?.['blank']) {
    return { key: 'form.required' };
  }
  if (message && message.text === undefined && !control.errors?.['required'] && field === 'slug') {
    return { key: 'admin.categories.slugInvalid', params: SLUG_LIMITS };
  }
  return message;
}
