import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';

import { formatMoney } from '../../../core/experts/money';
import { LanguageService } from '../../../core/i18n/language.service';
import { provideI18n } from '../../../core/i18n/provide-i18n';
import { testProfile } from '../../../testing/expert-fixtures';
import { ExpertProfileForm } from './expert-profile-form';

describe('ExpertProfileForm', () => {
  let model: ExpertProfileForm;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideI18n(), ExpertProfileForm] });
    TestBed.inject(LanguageService).use('es');
    model = TestBed.inject(ExpertProfileForm);
  });

  it('starts a new profile empty, in the UI language, every channel off', () => {
    model.apply(null);
    const v = model.form.getRawValue();
    expect(v.headline).toBe('');
    expect(v.languages).toEqual(['es']);
    expect(v.currency).toBe('EUR');
    expect(v.offer).toEqual({ CHAT: false, AUDIO: false, VIDEO: false });
    expect(model.controls.rates.controls.CHAT.disabled).toBe(true);
    expect(v.available).toBe(true);
    expect(model.form.valid).toBe(false);
  });

  it('shows rates in major units and sends them back in minor units, offered channels only', () => {
    model.apply(
      testProfile({ currency: 'EUR', rates: { CHAT: 150, VIDEO: 5 }, headline: ' Tax ' }),
    );
    expect(model.controls.rates.controls.CHAT.value).toBe('1.50');
    expect(model.controls.rates.controls.VIDEO.value).toBe('0.05');
    expect(model.controls.rates.controls.AUDIO.disabled).toBe(true);
    expect(model.value().offer).toEqual({ CHAT: true, AUDIO: false, VIDEO: true });

    model.controls.offer.controls.VIDEO.setValue(false);
    expect(model.controls.rates.controls.VIDEO.disabled).toBe(true);
    const update = model.toUpdate();
    expect(update.rates).toEqual({ CHAT: 150 });
    expect(update.headline).toBe('Tax');
  });

  it('checks the typed rates against the chosen currency', () => {
    model.apply(testProfile({ currency: 'EUR', rates: { CHAT: 150 } }));
    const chat = model.controls.rates.controls.CHAT;
    expect(chat.valid).toBe(true);

    model.controls.currency.setValue('CLP');
    expect(chat.errors).toEqual({ rateFormat: true });
    expect(chat.touched).toBe(true);
    expect(model.rateMessage('CHAT')).toEqual({ key: 'expertProfile.rateInvalidWhole' });

    chat.setValue('0');
    expect(model.rateMessage('CHAT')).toEqual({
      key: 'expertProfile.rateRange',
      params: { min: formatMoney(1, 'CLP', 'es'), max: formatMoney(1_000_000, 'CLP', 'es') },
    });
  });

  it("says what is wrong with a field: the server's word first, then the client's", () => {
    model.apply(testProfile());
    const headline = model.controls.headline;
    headline.setValue('   ');
    headline.markAsTouched();
    const custom = { blank: { key: 'form.required' } };
    expect(model.message('headline', headline, custom)).toEqual({ key: 'form.required' });

    const errors = [
      { field: 'headline', message: 'Too vague.' },
      { field: 'skills[1]', message: 'Skill too long.' },
      { field: 'rates', message: 'No channel.' },
    ];
    model.feedback.begin();
    model.feedback.fail(new HttpErrorResponse({ status: 400, error: { status: 400, errors } }));
    expect(model.message('headline', headline, custom)?.text).toBe('Too vague.');
    expect(model.message('skills', model.controls.skills)?.text).toBe('Skill too long.');
    expect(model.channelsMessage()?.text).toBe('No channel.');

    model.saved.set(true);
    model.edited('headline');
    expect(model.saved()).toBe(false);
    expect(model.message('headline', headline, custom)).toEqual({ key: 'form.required' });
  });

  it('asks for at least one channel once the offer was touched or a save tried', () => {
    model.apply(null);
    expect(model.channelsMessage()).toBeNull();
    model.controls.offer.markAsTouched();
    expect(model.channelsMessage()).toEqual({ key: 'expertProfile.channelsRequired' });
    model.controls.offer.controls.AUDIO.setValue(true);
    expect(model.channelsMessage()).toBeNull();
  });
});
