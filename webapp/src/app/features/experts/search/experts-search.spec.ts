import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, convertToParamMap } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  EMPTY_SEARCH,
  EXPERTS_API,
  ExpertSearchPage,
  ExpertSearchQuery,
  ExpertSummary,
} from '../../../core/experts/expert.model';
import { searchParams } from '../../../core/experts/experts.service';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testCategory, testExpert } from '../../../testing/expert-fixtures';
import ExpertsSearch from './experts-search';
import { parseSearchQuery, searchQueryParams } from './search-query';

const FULL_URL =
  '/experts?q=tax%20return&category=tax&language=es&channel=VIDEO&maxRate=250&minRating=4&online=true&sort=price&page=2';

const FULL_QUERY: ExpertSearchQuery = {
  q: 'tax return',
  category: 'tax',
  language: 'es',
  channel: 'VIDEO',
  maxRate: 250,
  minRating: 4,
  online: true,
  sort: 'price',
  page: 2,
};

describe('Expert search: URL state', () => {
  it('parses every filter from the query string', () => {
    const params = convertToParamMap({
      q: ' tax return ',
      category: 'tax',
      language: 'es',
      channel: 'VIDEO',
      maxRate: '250',
      minRating: '4',
      online: 'true',
      sort: 'price',
      page: '2',
    });
    expect(parseSearchQuery(params)).toEqual(FULL_QUERY);
  });

  it('ignores malformed values instead of sending them to the API', () => {
    const params = convertToParamMap({
      category: 'Not A Slug!',
      language: 'english',
      channel: 'FAX',
      maxRate: '-3',
      minRating: '9',
      online: 'yes',
      sort: 'cheapest',
      page: 'two',
    });
    expect(parseSearchQuery(params)).toEqual(EMPTY_SEARCH);
    expect(parseSearchQuery(convertToParamMap({ maxRate: '1.5', channel: 'chat' }))).toEqual({
      ...EMPTY_SEARCH,
      channel: 'CHAT',
    });
  });

  it('round-trips: state → query params → state, leaving defaults out of the URL', () => {
    const params = searchQueryParams(FULL_QUERY);
    const asStrings = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, v === null ? null : String(v)]),
    );
    expect(parseSearchQuery(convertToParamMap(asStrings))).toEqual(FULL_QUERY);
    expect(searchQueryParams(EMPTY_SEARCH)).toEqual({
      q: null,
      category: null,
      language: null,
      channel: null,
      maxRate: null,
      minRating: null,
      online: null,
      sort: null,
      page: null,
    });
  });

  it('builds the API parameters (empty filters left out, sort, page and size always sent)', () => {
    expect(searchParams(FULL_QUERY).toString()).toBe(
      'q=tax%20return&category=tax&language=es&channel=VIDEO&maxRate=250&minRating=4&online=true&sort=price&page=2&size=12',
    );
    expect(searchParams(EMPTY_SEARCH).toString()).toBe('sort=relevance&page=0&size=12');
  });
});

describe('Expert search page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    backend = setUpAppTest({ routes: [{ path: 'experts', component: ExpertsSearch }], lang: 'en' });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const stable = () => harness.fixture.whenStable();
  const select = (id: string) => q<HTMLSelectElement>(id)!;
  const options = (id: string) =>
    Array.from(select(id).options, (o) => o.textContent?.replace(/\s+/g, ' ').trim());

  function searchRequest(): TestRequest {
    return backend.expectOne((req) => req.url === EXPERTS_API.experts && req.method === 'GET');
  }

  function page(items: ExpertSummary[], overrides: Partial<ExpertSearchPage> = {}) {
    return { items, total: items.length, page: 0, size: 12, ...overrides };
  }

  const laura = testExpert({
    id: 'e-laura',
    displayName: 'Laura Martín',
    skills: ['VAT', 'Income tax'],
    rating: { average: 4.75, count: 12 },
  });
  const bob = testExpert({
    id: 'e-bob',
    displayName: 'Bob Smith',
    rates: { AUDIO: 90 },
    presence: 'OFFLINE',
  });

  async function open(url = '/experts', items = [laura, bob], overrides = {}): Promise<void> {
    await harness.navigateByUrl(url);
    backend.expectOne(EXPERTS_API.categories).flush({
      items: [testCategory(), testCategory({ slug: 'law', name: { es: 'Derecho', en: 'Law' } })],
      total: 2,
      page: 0,
      size: 50,
    });
    searchRequest().flush(page(items, overrides));
    await stable();
  }

  it('restores every filter from the URL and sends them to the API', async () => {
    await harness.navigateByUrl(FULL_URL);
    backend
      .expectOne(EXPERTS_API.categories)
      .flush({ items: [testCategory()], total: 1, page: 0, size: 50 });
    const req = searchRequest();
    expect(req.request.params.toString()).toBe(
      'q=tax%20return&category=tax&language=es&channel=VIDEO&maxRate=250&minRating=4&online=true&sort=price&page=2&size=12',
    );
    expect(q('experts-loading')).not.toBeNull();
    req.flush(page([laura], { total: 30, page: 2 }));
    await stable();

    expect(q<HTMLInputElement>('experts-search')!.value).toBe('tax return');
    expect(select('filter-category').value).toBe('tax');
    expect(select('filter-language').value).toBe('es');
    expect(select('filter-channel').value).toBe('VIDEO');
    expect(q<HTMLInputElement>('filter-max-rate')!.value).toBe('2.50');
    expect(select('filter-min-rating').value).toBe('4');
    expect(q<HTMLInputElement>('filter-online')!.checked).toBe(true);
    expect(select('experts-sort').value).toBe('price');
    expect(text('experts-total')).toBe('30 experts found');
    expect(q<HTMLButtonElement>('experts-prev')!.disabled).toBe(false);
    expect(q<HTMLButtonElement>('experts-next')!.disabled).toBe(true);
  });

  it('puts each filter change into the URL (back to page 0) and searches again', async () => {
    await open('/experts?page=1', [laura, bob], { total: 30, page: 1 });

    select('filter-category').value = 'law';
    select('filter-category').dispatchEvent(new Event('change'));
    await stable();
    expect(router.url).toBe('/experts?category=law');
    expect(searchRequest().request.params.get('category')).toBe('law');

    select('filter-channel').value = 'AUDIO';
    select('filter-channel').dispatchEvent(new Event('change'));
    await stable();
    searchRequest().flush(page([bob]));
    await stable();

    q<HTMLInputElement>('filter-online')!.click();
    await stable();
    searchRequest().flush(page([bob]));
    await stable();

    select('filter-min-rating').value = '4.5';
    select('filter-min-rating').dispatchEvent(new Event('change'));
    await stable();
    searchRequest().flush(page([bob]));
    await stable();

    select('experts-sort').value = 'rating';
    select('experts-sort').dispatchEvent(new Event('change'));
    await stable();
    const req = searchRequest();
    expect(router.url).toBe(
      '/experts?category=law&channel=AUDIO&minRating=4.5&online=true&sort=rating',
    );
    expect(req.request.params.toString()).toBe(
      'category=law&channel=AUDIO&minRating=4.5&online=true&sort=rating&page=0&size=12',
    );
    req.flush(page([bob]));
    await stable();
    expect(all('expert-card').map((c) => c.dataset['id'])).toEqual(['e-bob']);
  });

  it('searches the text on submit and applies a max price typed in major units', async () => {
    await open();
    type('experts-search', '  vat ');
    type('filter-max-rate', '1,5');
    q<HTMLButtonElement>('experts-search-submit')!.click();
    await stable();

    const req = searchRequest();
    expect(router.url).toBe('/experts?q=vat&maxRate=150');
    expect(req.request.params.get('q')).toBe('vat');
    expect(req.request.params.get('maxRate')).toBe('150');
    req.flush(page([laura]));
    await stable();
    // What was typed stays as typed.
    expect(q<HTMLInputElement>('experts-search')!.value).toBe('  vat ');
    expect(q<HTMLInputElement>('filter-max-rate')!.value).toBe('1,5');
  });

  it('applies the max price after typing stops, and flags an invalid amount', async () => {
    await open();
    type('filter-max-rate', 'cheap');
    await new Promise((resolve) => setTimeout(resolve, 450));
    await stable();
    backend.expectNone((req) => req.url === EXPERTS_API.experts);
    expect(q('filter-max-rate')!.getAttribute('aria-invalid')).toBe('true');
    expect(text('field-error-maxRate')).toBe('Enter an amount like 2.50.');

    type('filter-max-rate', '2');
    await new Promise((resolve) => setTimeout(resolve, 450));
    await stable();
    expect(router.url).toBe('/experts?maxRate=200');
    searchRequest().flush(page([laura]));
    await stable();
    expect(q('field-error-maxRate')).toBeNull();
  });

  it('follows the URL when it changes (back/forward): boxes and selects show the new state', async () => {
    await open('/experts?q=vat&maxRate=150&language=es');
    await harness.navigateByUrl('/experts?q=react&language=en');
    searchRequest().flush(page([bob]));
    await stable();

    expect(q<HTMLInputElement>('experts-search')!.value).toBe('react');
    expect(q<HTMLInputElement>('filter-max-rate')!.value).toBe('');
    expect(select('filter-language').value).toBe('en');
    expect(all('expert-card').map((c) => c.dataset['id'])).toEqual(['e-bob']);
  });

  it('shows cards with name, headline, skills, prices, rating and presence', async () => {
    await open();
    const cards = all('expert-card');
    expect(cards.map((c) => c.dataset['id'])).toEqual(['e-laura', 'e-bob']);
    expect(all('expert-card-name').map((n) => n.textContent?.trim())).toEqual([
      'Laura Martín',
      'Bob Smith',
    ]);
    expect(all('expert-card-name')[0].getAttribute('href')).toBe('/experts/e-laura');
    expect(cards[0].textContent).toContain('Tax advisor for freelancers');
    expect(cards[0].textContent).toContain('VAT');
    expect(cards[0].textContent).toContain('€1.50/min');
    expect(cards[0].textContent).toContain('€2.50/min');
    expect(cards[0].textContent).toContain('4.8');
    expect(cards[0].querySelector('[data-presence]')?.textContent?.trim()).toBe('Online');
    expect(cards[1].textContent).toContain('New');
    expect(cards[1].textContent).toContain('€0.90/min');
    expect(cards[1].textContent).not.toContain('Chat');
    expect(cards[1].querySelector('[data-presence]')?.textContent?.trim()).toBe('Offline');
    expect(text('experts-total')).toBe('2 experts found');
  });

  it('shows facet counts next to category and language options', async () => {
    await open('/experts', [laura], {
      facets: {
        categories: [{ value: 'tax', count: 7 }],
        languages: [
          { value: 'es', count: 5 },
          { value: 'en', count: 2 },
        ],
      },
    });
    expect(options('filter-category')).toEqual(['All categories', 'Tax advice (7)', 'Law']);
    const languages = options('filter-language');
    expect(languages[0]).toBe('All languages');
    expect(languages).toContain('Spanish (5)');
    expect(languages).toContain('English (2)');
    expect(languages).toContain('French');
  });

  it('highlights the terms an expert matched', async () => {
    await open('/experts?q=vat', [{ ...laura, matchedTerms: ['vat'] }]);
    const card = all('expert-card')[0];
    expect(
      Array.from(card.querySelectorAll('[data-testid="matched-term"]'), (t) => t.textContent),
    ).toEqual(['vat']);
    expect(card.querySelector('.chip-tag--match:not([data-testid])')?.textContent).toBe('VAT');
  });

  it('pages with next / previous', async () => {
    await open('/experts?q=tax', [laura, bob], { total: 30 });
    expect(q<HTMLButtonElement>('experts-prev')!.disabled).toBe(true);
    q<HTMLButtonElement>('experts-next')!.click();
    await stable();
    const req = searchRequest();
    expect(router.url).toBe('/experts?q=tax&page=1');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(page([laura], { total: 30, page: 1 }));
    await stable();
    expect(text('experts-page').includes('Page 2 of 3')).toBe(true);
  });

  it('shows an empty state that can clear the filters', async () => {
    await open('/experts?channel=VIDEO&online=true', []);
    expect(text('experts-empty')).toContain('No experts match your search.');
    expect(text('experts-total')).toBe('0 experts found');
    q<HTMLButtonElement>('experts-clear')!.click();
    await stable();
    expect(router.url).toBe('/experts');
    searchRequest().flush(page([laura]));
    await stable();
    expect(all('expert-card')).toHaveLength(1);
  });

  it('shows an error with a retry', async () => {
    await harness.navigateByUrl('/experts');
    backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
    flushProblem(searchRequest(), 503, { detail: 'Search is warming up.' });
    await stable();
    expect(text('experts-error')).toContain('Could not load the experts');
    expect(text('experts-error')).toContain('Search is warming up.');
    expect(q('experts-total')).toBeNull();

    q<HTMLButtonElement>('experts-retry')!.click();
    await stable();
    searchRequest().flush(page([laura]));
    await stable();
    expect(q('experts-error')).toBeNull();
    expect(all('expert-card')).toHaveLength(1);
  });

  describe('ask the desk', () => {
    it('offers "Ask the desk" in the category the search is filtered by', async () => {
      await open('/experts?category=law');
      expect(text('experts-desk')).toContain('Need help with Law now?');
      const cta = q<HTMLAnchorElement>('experts-desk-cta')!;
      expect(cta.getAttribute('href')).toBe('/desk?category=law');
      expect(cta.textContent?.trim()).toBe('Ask the desk');

      await harness.navigateByUrl('/experts');
      searchRequest().flush(page([laura]));
      await stable();
      expect(q('experts-desk')).toBeNull();
    });

    it('is for clients: not shown to experts', async () => {
      signIn(backend, { role: 'EXPERT' });
      await open('/experts?category=tax');
      expect(q('experts-desk')).toBeNull();
    });

    it('is shown to clients', async () => {
      signIn(backend, { role: 'CLIENT' });
      await open('/experts?category=tax');
      expect(q('experts-desk-cta')?.getAttribute('href')).toBe('/desk?category=tax');
    });
  });

  describe('describe your problem', () => {
    it('checks the length on the client before sending', async () => {
      await open();
      type('match-description', 'too short');
      q<HTMLButtonElement>('match-submit')!.click();
      await stable();
      backend.expectNone(EXPERTS_API.match);
      expect(text('field-error-description')).toBe('Write between 10 and 2000 characters.');
    });

    it('sends the description with the page filters and lists the matches with their terms', async () => {
      await open('/experts?channel=CHAT&language=es&maxRate=200&category=tax');
      type('match-description', '  I need help with my quarterly VAT return  ');
      q<HTMLButtonElement>('match-submit')!.click();
      await stable();

      const req = backend.expectOne(EXPERTS_API.match);
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({
        description: 'I need help with my quarterly VAT return',
        channel: 'CHAT',
        maxRate: 200,
        language: 'es',
      });
      expect(q<HTMLButtonElement>('match-submit')!.disabled).toBe(true);
      req.flush({
        items: [
          { ...laura, score: 0.92, matchedTerms: ['vat', 'quarterly'] },
          { ...bob, score: 0.4, matchedTerms: ['return'] },
        ],
      });
      await stable();

      const results = all('match-result');
      expect(results.map((r) => r.dataset['id'])).toEqual(['e-laura', 'e-bob']);
      expect(
        Array.from(results[0].querySelectorAll('[data-testid="matched-term"]'), (t) =>
          t.textContent?.trim(),
        ),
      ).toEqual(['vat', 'quarterly']);
      // The search results' name test id is not reused by the matches.
      expect(all('expert-card-name')).toHaveLength(2);
    });

    it('says so when nothing matches, and shows server errors', async () => {
      await open();
      type('match-description', 'Something nobody here knows about');
      q<HTMLButtonElement>('match-submit')!.click();
      await stable();
      const req = backend.expectOne(EXPERTS_API.match);
      expect(req.request.body).toEqual({ description: 'Something nobody here knows about' });
      req.flush({ items: [] });
      await stable();
      expect(text('match-empty')).toContain('No expert matches that description yet.');

      q<HTMLButtonElement>('match-submit')!.click();
      await stable();
      flushProblem(backend.expectOne(EXPERTS_API.match), 429, { detail: 'Slow down.' });
      await stable();
      expect(text('match-error')).toBe('Slow down.');
      expect(q('match-empty')).toBeNull();
    });
  });
});
