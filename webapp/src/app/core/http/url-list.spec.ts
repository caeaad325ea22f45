import { HttpErrorResponse } from '@angular/common/http';
import { Component, Injectable, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { Router, convertToParamMap, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Observable, Subject } from 'rxjs';

import { PageOf } from './paging';
import {
  UrlQuery,
  filtersOf,
  isFiltered,
  pageParam,
  parseCurrency,
  parseOneOf,
  parsePage,
  urlList,
} from './url-list';

const COLOURS = ['RED', 'BLUE'] as const;

/** A list of things in the URL: `?q=&page=` (text and page). */
interface ThingQuery {
  q: string;
  page: number;
}

const THING_QUERY: UrlQuery<ThingQuery> = {
  parse: (params) => ({ q: params.get('q')?.trim() ?? '', page: parsePage(params) }),
  params: ({ q, page }) => ({ q: q || null, page: pageParam(page) }),
};

/** Answers each load by hand: `calls` are the queries asked for, `answer` resolves the last one. */
@Injectable()
class FakeApi {
  readonly calls: { query: ThingQuery; answer: Subject<PageOf<string>> }[] = [];

  load(query: ThingQuery): Observable<PageOf<string>> {
    const answer = new Subject<PageOf<string>>();
    this.calls.push({ query, answer });
    return answer;
  }

  answer(items: string[], page = 0, index = this.calls.length - 1): void {
    const { answer } = this.calls[index];
    answer.next({ items, total: 45, page, size: 20 });
    answer.complete();
  }

  fail(status: number, detail?: string): void {
    this.calls[this.calls.length - 1].answer.error(
      new HttpErrorResponse({
        status,
        error: detail ? { status, detail } : null,
        headers: undefined,
      }),
    );
  }
}

@Component({ template: '' })
class Elsewhere {}

@Component({ template: '' })
class ThingsPage {
  readonly seen: ThingQuery[] = [];
  readonly api = inject(FakeApi);
  readonly list = urlList({
    ...THING_QUERY,
    load: (query) => this.api.load(query),
    onQuery: (query) => this.seen.push(query),
  });
}

describe('urlList', () => {
  let harness: RouterTestingHarness;
  let api: FakeApi;
  let page: ThingsPage;

  async function open(url: string): Promise<void> {
    page = await harness.navigateByUrl(url, ThingsPage);
  }

  const url = () => TestBed.inject(Router).url;
  const stable = () => harness.fixture.whenStable();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'things', component: ThingsPage },
          { path: 'elsewhere', component: Elsewhere },
        ]),
        provideLocationMocks(),
        FakeApi,
      ],
    });
    api = TestBed.inject(FakeApi);
    harness = await RouterTestingHarness.create();
  });

  it('parses the query from the URL and loads it: loading, then the result', async () => {
    await open('/things?q=%20lamp%20&page=2');
    expect(page.list.query()).toEqual({ q: 'lamp', page: 2 });
    expect(api.calls.map((c) => c.query)).toEqual([{ q: 'lamp', page: 2 }]);
    expect(page.seen).toEqual([{ q: 'lamp', page: 2 }]);
    expect(page.list.loading()).toBe(true);
    expect(page.list.result()).toBeNull();
    expect(page.list.error()).toBeNull();

    api.answer(['a', 'b'], 2);
    expect(page.list.loading()).toBe(false);
    expect(page.list.result()?.items).toEqual(['a', 'b']);
  });

  it('drops malformed parameters instead of loading them', async () => {
    await open('/things?page=-1&sort=cheapest');
    expect(api.calls[0].query).toEqual({ q: '', page: 0 });
    await open('/things?page=2abc');
    expect(api.calls[1].query.page).toBe(0);
  });

  it('writes changes back to the URL (defaults left out) and loads what it says', async () => {
    await open('/things?q=lamp&page=3');
    api.answer(['a'], 3);

    page.list.go({ q: 'desk lamp', page: 0 });
    await stable();
    expect(url()).toBe('/things?q=desk%20lamp');
    expect(page.list.query()).toEqual({ q: 'desk lamp', page: 0 });
    expect(api.calls[1].query).toEqual({ q: 'desk lamp', page: 0 });
    // The previous result stays on screen (dimmed by the page) while the next one loads.
    expect(page.list.loading()).toBe(true);
    expect(page.list.result()?.items).toEqual(['a']);

    page.list.go({ q: '' });
    await stable();
    expect(url()).toBe('/things');
  });

  it('pages within the same query, never below the first page', async () => {
    await open('/things?q=lamp');
    api.answer(['a']);

    page.list.goToPage(1);
    await stable();
    expect(url()).toBe('/things?q=lamp&page=1');
    api.answer(['b'], 1);
    expect(page.list.result()?.page).toBe(1);

    page.list.goToPage(-1);
    await stable();
    expect(url()).toBe('/things?q=lamp');
  });

  it('adds a history entry for each change unless asked to replace it', async () => {
    const location = TestBed.inject(Location);
    // What the app's bootstrap does: the router follows the browser's back and forward.
    TestBed.inject(Router).setUpLocationChangeListener();
    await open('/things');
    page.list.go({ q: 'l' }, { replaceUrl: true });
    await stable();
    page.list.go({ q: 'la' }, { replaceUrl: true });
    await stable();
    page.list.goToPage(1);
    await stable();
    expect(url()).toBe('/things?q=la&page=1');

    location.back();
    await vi.waitFor(() => expect(url()).toBe('/things?q=la'));
    expect(page.list.query()).toEqual({ q: 'la', page: 0 });

    // The typed-in entries replaced each other (and the first URL): nothing further back.
    location.back();
    await stable();
    expect(location.path()).toBe('');
  });

  it('shows the newest answer only: an older one still on its way is dropped', async () => {
    await open('/things?page=1');
    page.list.goToPage(2);
    await stable();
    expect(api.calls.map((c) => c.query.page)).toEqual([1, 2]);

    api.answer(['old'], 1, 0);
    expect(page.list.result()).toBeNull();
    api.answer(['new'], 2, 1);
    expect(page.list.result()?.items).toEqual(['new']);
  });

  it('keeps the last result after a failed load, says why, and reloads on retry', async () => {
    await open('/things');
    api.answer(['a']);
    page.list.goToPage(1);
    await stable();
    api.fail(503, 'Database down.');

    expect(page.list.loading()).toBe(false);
    expect(page.list.error()).toEqual(
      expect.objectContaining({ text: 'Database down.', status: 503 }),
    );
    expect(page.list.result()?.items).toEqual(['a']);

    page.list.reload();
    expect(page.list.loading()).toBe(true);
    expect(page.list.error()).toBeNull();
    expect(api.calls.map((c) => c.query.page)).toEqual([0, 1, 1]);
    api.answer(['b'], 1);
    expect(page.list.result()?.items).toEqual(['b']);
    expect(url()).toBe('/things?page=1');
  });

  it('gives a translation key when the server says nothing', async () => {
    await open('/things');
    api.fail(0);
    expect(page.list.error()).toEqual(expect.objectContaining({ key: 'errors.network' }));
  });

  it('lets the page change the result in place until the next load', async () => {
    await open('/things');
    api.answer(['a', 'b']);
    page.list.result.update((r) => r && { ...r, items: r.items.filter((i) => i !== 'a') });
    expect(page.list.result()?.items).toEqual(['b']);
  });

  it('stops loading once the page is left', async () => {
    await open('/things');
    const pending = api.calls[0].answer;
    expect(pending.observed).toBe(true);
    await harness.navigateByUrl('/elsewhere');
    expect(pending.observed).toBe(false);
    expect(api.calls).toHaveLength(1);
  });
});

describe('URL parameter helpers', () => {
  it('read the page: whole numbers only, else the first page', () => {
    const page = (value: string) => parsePage(convertToParamMap({ page: value }));
    expect(page('3')).toBe(3);
    expect(page(' 12 ')).toBe(12);
    for (const bad of ['', '-2', 'two', '1.5', '2abc', '1e3', '9999999999']) {
      expect(page(bad), bad).toBe(0);
    }
    expect(parsePage(convertToParamMap({}))).toBe(0);
  });

  it('leave the first page out of the URL', () => {
    expect(pageParam(0)).toBeNull();
    expect(pageParam(4)).toBe(4);
  });

  it('read one of a set of values, exactly', () => {
    const colour = (value: string) =>
      parseOneOf(convertToParamMap({ colour: value }), 'colour', COLOURS);
    expect(colour('BLUE')).toBe('BLUE');
    expect(colour('blue')).toBe('');
    expect(colour('GREEN')).toBe('');
  });

  it('read a currency code in any case', () => {
    const currency = (value: string) => parseCurrency(convertToParamMap({ currency: value }));
    expect(currency(' usd ')).toBe('USD');
    expect(currency('EURO')).toBe('');
    expect(currency('€')).toBe('');
  });

  it('tell a query’s filters from its page, and whether any is set', () => {
    const query = { q: 'ana', colour: '', page: 3, size: 50 };
    expect(filtersOf(query)).toEqual({ q: 'ana', colour: '' });
    expect(isFiltered(query)).toBe(true);
    const unfiltered = { q: '', colour: '', page: 3 };
    expect(isFiltered(unfiltered)).toBe(false);
  });
});
