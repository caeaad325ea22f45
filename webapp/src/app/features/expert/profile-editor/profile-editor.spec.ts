import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { EXPERTS_API, ExpertProfile } from '../../../core/experts/expert.model';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testCategory, testProfile } from '../../../testing/expert-fixtures';
import ProfileEditor from './profile-editor';

describe('Expert profile editor', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const categories = [
    testCategory({ slug: 'tax' }),
    testCategory({ slug: 'law', name: { es: 'Derecho', en: 'Law' }, order: 1 }),
    testCategory({ slug: 'it', name: { es: 'Informática', en: 'IT' }, order: 2 }),
  ];

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [{ path: 'expert/profile', component: ProfileEditor }],
      lang: 'en',
    });
    signIn(backend, { role: 'EXPERT', displayName: 'Laura Martín' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const input = (id: string) => q<HTMLInputElement>(id)!;
  const click = async (id: string) => {
    q<HTMLElement>(id)!.click();
    await stable();
  };
  const choose = (id: string, value: string) => {
    const select = q<HTMLSelectElement>(id)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  const addSkill = (skill: string) => {
    type('ep-skill-input', skill);
    input('ep-skill-input').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
  };

  async function open(profile: ExpertProfile | null, items = categories): Promise<void> {
    await harness.navigateByUrl('/expert/profile');
    expect(q('ep-loading')).not.toBeNull();
    const me = backend.expectOne(EXPERTS_API.me);
    if (profile) {
      me.flush(profile);
    } else {
      flushProblem(me, 404, { detail: 'You have no expert profile yet.' });
    }
    backend
      .expectOne(EXPERTS_API.categories)
      .flush({ items, total: items.length, page: 0, size: 50 });
    await stable();
  }

  function saveRequest(): TestRequest {
    const req = backend.expectOne(EXPERTS_API.me);
    expect(req.request.method).toBe('PUT');
    return req;
  }

  it('starts with an empty form when the expert has no profile yet (404)', async () => {
    await open(null);

    expect(q('expert-profile-form')).not.toBeNull();
    expect(q('ep-load-error')).toBeNull();
    expect(q('ep-status')?.dataset['status']).toBe('NONE');
    expect(text('ep-status')).toContain('You have no public profile yet.');
    expect(input('ep-headline').value).toBe('');
    expect(input('ep-bio').value).toBe('');
    expect(q('ep-categories')!.querySelectorAll('input:checked')).toHaveLength(0);
    // The UI language is preselected as a convenience.
    expect(input('ep-language-en').checked).toBe(true);
    expect(q('ep-languages')!.querySelectorAll('input:checked')).toHaveLength(1);
    expect(q<HTMLSelectElement>('ep-currency')!.value).toBe('EUR');
    for (const channel of ['chat', 'audio', 'video']) {
      expect(input(`ep-offer-${channel}`).checked).toBe(false);
      expect(input(`ep-rate-${channel}`).disabled).toBe(true);
    }
    expect(input('ep-free-minutes').value).toBe('0');
    expect(input('ep-available').checked).toBe(true);
    // No photo before the profile exists.
    expect(input('ep-avatar-input').disabled).toBe(true);
    expect(q('ep-avatar-preview')).toBeNull();
  });

  it('saves exactly the API body: trimmed texts, tags, choices and rates in minor units', async () => {
    await open(null);

    type('ep-headline', '  Tax advisor for freelancers ');
    type('ep-bio', 'Ten years of experience.\nAsk me anything. ');
    addSkill('VAT');
    addSkill('Income tax, VAT');
    await stable();
    expect(
      Array.from(el().querySelectorAll('[data-testid="ep-skill-input-tag"]'), (t) =>
        t.textContent?.trim(),
      ),
    ).toEqual(['VAT', 'Income tax']);
    await click('ep-category-law');
    await click('ep-category-tax');
    await click('ep-language-es');
    choose('ep-timezone', 'Europe/Madrid');
    choose('ep-currency', 'EUR');
    await click('ep-offer-chat');
    expect(input('ep-rate-chat').disabled).toBe(false);
    type('ep-rate-chat', '1.5');
    await click('ep-offer-video');
    type('ep-rate-video', '0,05');
    await click('ep-offer-audio');
    type('ep-rate-audio', '12');
    await click('ep-offer-audio'); // offered, then withdrawn: not sent
    type('ep-free-minutes', '2');
    await click('ep-available');
    await stable();
    expect(text('ep-rate-preview-chat')).toBe('= €1.50 per minute');

    await click('ep-save');
    const req = saveRequest();
    expect(req.request.body).toEqual({
      headline: 'Tax advisor for freelancers',
      bio: 'Ten years of experience.\nAsk me anything.',
      skills: ['VAT', 'Income tax'],
      categories: ['law', 'tax'],
      languages: ['en', 'es'],
      timeZone: 'Europe/Madrid',
      currency: 'EUR',
      rates: { CHAT: 150, VIDEO: 5 },
      freeMinutes: 2,
      available: false,
    });
    expect(q<HTMLButtonElement>('ep-save')!.disabled).toBe(true);
    req.flush(
      testProfile({
        ...req.request.body,
        id: 'e-new',
        status: 'PENDING',
        statusReason: null,
      }),
    );
    await stable();

    expect(text('ep-saved')).toBe('Your expert profile has been saved.');
    expect(q('ep-status')?.dataset['status']).toBe('PENDING');
    expect(input('ep-rate-chat').value).toBe('1.50');
    expect(input('ep-rate-video').value).toBe('0.05');
    expect(input('ep-avatar-input').disabled).toBe(false);
  });

  it('validates on the client before sending anything', async () => {
    await open(null);
    input('ep-language-en').click(); // no language left
    await click('ep-offer-chat');
    type('ep-rate-chat', '1.505');
    await click('ep-save');

    backend.expectNone(EXPERTS_API.me);
    expect(text('field-error-headline')).toBe('This field is required.');
    expect(text('field-error-categories')).toBe('Choose between 1 and 5 categories.');
    expect(text('field-error-languages')).toBe('Choose between 1 and 10 languages.');
    expect(text('field-error-rates.CHAT')).toBe('Enter an amount like 1.50.');
    expect(input('ep-rate-chat').getAttribute('aria-invalid')).toBe('true');

    await click('ep-offer-chat');
    expect(text('field-error-rates')).toBe('Offer at least one channel.');

    await click('ep-offer-video');
    type('ep-rate-video', '10000.01');
    await stable();
    expect(text('field-error-rates.VIDEO')).toBe('Enter an amount between €0.01 and €10,000.00.');
  });

  it('allows at most 5 categories', async () => {
    const extra = Array.from({ length: 4 }, (_, i) =>
      testCategory({ slug: `c${i}`, name: { es: `C${i}`, en: `C${i}` } }),
    );
    await open(null, [...categories, ...extra]);
    for (const slug of ['tax', 'law', 'it', 'c0', 'c1']) {
      await click(`ep-category-${slug}`);
    }
    expect(input('ep-category-c2').disabled).toBe(true);
    expect(input('ep-category-tax').disabled).toBe(false);
    expect(text('ep-categories')).toContain('5 of 5 selected.');
  });

  it('loads an existing profile, with the rejection reason', async () => {
    await open(
      testProfile({
        headline: 'Tax advisor',
        bio: 'Bio',
        skills: ['VAT'],
        categories: ['tax'],
        languages: ['es'],
        timeZone: 'America/Bogota',
        currency: 'COP',
        rates: { AUDIO: 250000 },
        freeMinutes: 5,
        available: false,
        status: 'REJECTED',
        statusReason: 'Please add your professional licence number.',
        avatarUrl: '/api/experts/e-1/avatar?v=3',
      }),
    );

    expect(q('ep-status')?.dataset['status']).toBe('REJECTED');
    expect(text('ep-status-reason')).toBe('Reason: Please add your professional licence number.');
    expect(input('ep-headline').value).toBe('Tax advisor');
    expect(input('ep-category-tax').checked).toBe(true);
    expect(input('ep-language-es').checked).toBe(true);
    expect(input('ep-language-en').checked).toBe(false);
    expect(q<HTMLSelectElement>('ep-timezone')!.value).toBe('America/Bogota');
    expect(q<HTMLSelectElement>('ep-currency')!.value).toBe('COP');
    expect(input('ep-offer-audio').checked).toBe(true);
    expect(input('ep-rate-audio').value).toBe('2500.00');
    expect(input('ep-offer-chat').checked).toBe(false);
    expect(input('ep-free-minutes').value).toBe('5');
    expect(input('ep-available').checked).toBe(false);
    expect(q<HTMLImageElement>('ep-avatar-preview')!.getAttribute('src')).toBe(
      '/api/experts/e-1/avatar?v=3',
    );
  });

  it('re-checks the rates for the currency: no decimals for CLP', async () => {
    await open(testProfile({ rates: { CHAT: 150 }, currency: 'EUR' }));
    choose('ep-currency', 'CLP');
    await stable();
    expect(text('field-error-rates.CHAT')).toBe(
      'This currency has no decimals: enter a whole amount.',
    );
    type('ep-rate-chat', '900');
    await click('ep-save');
    const req = saveRequest();
    expect(req.request.body.currency).toBe('CLP');
    expect(req.request.body.rates).toEqual({ CHAT: 900 });
    req.flush(testProfile({ currency: 'CLP', rates: { CHAT: 900 } }));
    await stable();
    expect(input('ep-rate-chat').value).toBe('900');
  });

  it('shows the server field errors next to their fields (rates.CHAT, timeZone…)', async () => {
    await open(testProfile({ rates: { CHAT: 150 } }));
    await click('ep-save');
    flushProblem(saveRequest(), 400, {
      detail: 'The profile is not valid.',
      errors: [
        { field: 'rates.CHAT', message: 'Rate too high for this channel.' },
        { field: 'timeZone', message: 'Unknown time zone.' },
        { field: 'skills[0]', message: 'Skill too long.' },
      ],
    });
    await stable();

    expect(text('ep-error')).toBe('The profile is not valid.');
    expect(text('field-error-rates.CHAT')).toBe('Rate too high for this channel.');
    expect(input('ep-rate-chat').getAttribute('aria-invalid')).toBe('true');
    expect(text('field-error-timeZone')).toBe('Unknown time zone.');
    expect(text('field-error-skills')).toBe('Skill too long.');
    expect(q('ep-saved')).toBeNull();

    // Editing the field clears its server error.
    type('ep-rate-chat', '1.20');
    await stable();
    expect(q('field-error-rates.CHAT')).toBeNull();
  });

  it('shows a load error with a retry', async () => {
    await harness.navigateByUrl('/expert/profile');
    flushProblem(backend.expectOne(EXPERTS_API.me), 500);
    backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
    await stable();
    expect(text('ep-load-error')).toContain('Could not load your expert profile');
    await click('ep-retry');
    // The categories arrived the first time and are cached: only the profile is asked again.
    backend.expectOne(EXPERTS_API.me).flush(testProfile());
    await stable();
    expect(q('ep-status')?.dataset['status']).toBe('VERIFIED');
  });

  describe('photo', () => {
    function pick(file: File): void {
      const fileInput = input('ep-avatar-input');
      Object.defineProperty(fileInput, 'files', { value: [file], configurable: true });
      fileInput.dispatchEvent(new Event('change'));
    }

    const png = (bytes = 10) => new File([new Uint8Array(bytes)], 'me.png', { type: 'image/png' });

    it('refuses other types and files over 1 MB without sending them', async () => {
      await open(testProfile());
      pick(new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' }));
      await stable();
      expect(text('ep-avatar-error')).toBe('Choose a PNG, JPEG or WebP image.');

      pick(png(1024 * 1024 + 1));
      await stable();
      expect(text('ep-avatar-error')).toBe('The image is larger than 1 MB. Choose a smaller one.');
      backend.expectNone(EXPERTS_API.myAvatar);
    });

    it('uploads the raw bytes with their type, shows the new photo, and removes it', async () => {
      await open(testProfile({ avatarUrl: null }));
      const file = png();
      pick(file);
      await stable();
      const req = backend.expectOne(EXPERTS_API.myAvatar);
      expect(req.request.method).toBe('PUT');
      expect(req.request.body).toBe(file);
      expect(req.request.headers.get('Content-Type')).toBe('image/png');
      req.flush({ avatarUrl: '/api/experts/e-1/avatar?v=7' });
      await stable();
      expect(q<HTMLImageElement>('ep-avatar-preview')!.getAttribute('src')).toBe(
        '/api/experts/e-1/avatar?v=7',
      );
      expect(text('ep-avatar-done')).toBe('Your photo has been updated.');

      await click('ep-avatar-remove');
      const del = backend.expectOne(EXPERTS_API.myAvatar);
      expect(del.request.method).toBe('DELETE');
      del.flush(null, { status: 204, statusText: 'No Content' });
      await stable();
      expect(q('ep-avatar-preview')).toBeNull();
      expect(q('ep-avatar-remove')).toBeNull();
      expect(text('ep-avatar-done')).toBe('Your photo has been removed.');
    });

    it("shows the server's problem detail when it refuses the image", async () => {
      await open(testProfile({ avatarUrl: null }));
      pick(png());
      await stable();
      flushProblem(backend.expectOne(EXPERTS_API.myAvatar), 400, {
        detail: 'The file is not a PNG, JPEG or WebP image.',
      });
      await stable();
      expect(text('ep-avatar-error')).toBe('The file is not a PNG, JPEG or WebP image.');
      expect(q('ep-avatar-preview')).toBeNull();
    });
  });
});
