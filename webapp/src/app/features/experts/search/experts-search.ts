import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, of } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { CategoriesService } from '../../../core/experts/categories.service';
import {
  CHANNELS,
  Channel,
  EXPERT_SORTS,
  ExpertSearchPage,
  ExpertSearchQuery,
  ExpertSort,
  Facet,
  isChannel,
} from '../../../core/experts/expert.model';
import { ExpertsService } from '../../../core/experts/experts.service';
import { LANGUAGE_CODES, languageName, sortByName } from '../../../core/experts/locale-data';
import { localized } from '../../../core/experts/localized';
import { minorToMajor, parseMajorToMinor } from '../../../core/experts/money';
import { PagedSource } from '../../../core/http/paging';
import { urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { watchPresence } from '../../../core/realtime/presence.service';
import { ExpertCard } from '../../../shared/experts/expert-card';
import { FieldError } from '../../../shared/forms/field-error';
import { searchAsYouType } from '../../../shared/forms/search-as-you-type';
import { Icon } from '../../../shared/ui/icon/icon';
import { ListEmpty, Loaded, LoadingTemplate } from '../../../shared/ui/load-view/load-templates';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { PagerOptions } from '../../../shared/ui/pager/pager';
import { MatchPanel } from './match-panel';
import { MIN_RATING_OPTIONS, SEARCH_QUERY, hasFilters } from './search-query';
import { FilterOption, FilterSelect, keyedOptions } from '../../../shared/forms/filter-select';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';

/** The max-price filter is typed in major units of this (2-decimal) currency. */
const FILTER_CURRENCY = 'EUR';
const TYPING_DEBOUNCE_MS = 400;

interface CountedOption {
  value: string;
  label: string;
  count?: number;
}

/** "Design (12)": a facet's name and how many experts it would show. */
function withCount(option: CountedOption): FilterOption {
  const label = option.count === undefined ? option.label : `${option.label} (${option.count})`;
  return { value: option.value, label };
}

/**
 * `/experts`: text search, filters (category, language, channel, max price, min rating, online),
 * sort and pages, all kept in the URL; result cards (with live presence when signed in); the
 * "describe your problem" matcher; and, filtered by a category, "Ask the desk" in it (signed-out
 * visitors and clients).
 */
@Component({
  selector: 'app-experts-search',
  imports: [
    PageHero,
    FilterSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    FieldError,
    ExpertCard,
    MatchPanel,
    PagedList,
    ListEmpty,
    Loaded,
    LoadingTemplate,
  ],
  templateUrl: './experts-search.html',
  styleUrl: './experts-search.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ExpertsSearch {
  private readonly api = inject(ExpertsService);
  private readonly auth = inject(AuthService);
  /** Values this page just put into the URL, so that the boxes are not reset while typing. */
  private pushed: { q?: string; maxRate?: number | null } = {};

  protected readonly lang = inject(LanguageService).lang;
  protected readonly channelOptions = keyedOptions(CHANNELS, 'channels.');
  protected readonly sorts = EXPERT_SORTS;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly maxRate = new FormControl('', { nonNullable: true });
  protected readonly maxRateInvalid = signal(false);
  /** The results: text, filters, sort and page in the URL (the boxes follow the URL). */
  protected readonly list = urlList({
    ...SEARCH_QUERY,
    load: (query) => this.api.search(query),
    onQuery: (query) => this.syncBoxes(query),
  });
  protected readonly query = this.list.query;
  protected readonly result = this.list.result;
  /** The pages of results; paging keeps what is typed in the boxes, like every change here. */
  protected readonly results: PagedSource<ExpertSearchPage> = {
    ...this.list,
    goToPage: (page) => this.go({ page: Math.max(0, page) }),
  };
  protected readonly loading = this.list.loading;
  protected readonly pager: PagerOptions = {
    single: 'hide',
    label: 'experts.search.pagination',
    summary: '',
  };

  private readonly categories = toSignal(
    inject(CategoriesService)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );

  /** Filtered by a known category: "Ask the desk" there (for clients and signed-out visitors). */
  protected readonly deskCategory = computed(() => {
    const slug = this.query().category;
    const category = slug ? this.categories().find((c) => c.slug === slug) : undefined;
    if (!category || (this.auth.isAuthenticated() && this.auth.role() !== 'CLIENT')) {
      return null;
    }
    return { slug, name: localized(category.name, this.lang()) || slug };
  });

  protected readonly filtered = computed(() => hasFilters(this.query()) || this.query().q !== '');
  protected readonly categoryOptions = computed<FilterOption[]>(() => {
    const counts = facetCounts(this.result()?.facets?.categories);
    const lang = this.lang();
    const options: CountedOption[] = this.categories().map((c) => ({
      value: c.slug,
      label: localized(c.name, lang) || c.slug,
      count: counts.get(c.slug),
    }));
    const current = this.query().category;
    if (current && !options.some((o) => o.value === current)) {
      options.push({ value: current, label: current, count: counts.get(current) });
    }
    return options.map(withCount);
  });
  protected readonly languageOptions = computed<FilterOption[]>(() => {
    const counts = facetCounts(this.result()?.facets?.languages);
    const lang = this.lang();
    const codes = new Set([...LANGUAGE_CODES, ...counts.keys(), this.query().language]);
    codes.delete('');
    const options = [...codes].map((code) => ({
      value: code,
      label: languageName(code, lang),
      count: counts.get(code),
    }));
    return sortByName(options, (o) => o.label, lang).map(withCount);
  });
  protected readonly ratingOptions = computed<FilterOption[]>(() => {
    const current = this.query().minRating;
    const values = new Set(MIN_RATING_OPTIONS);
    if (current !== null) {
      values.add(current);
    }
    return [...values]
      .sort((a, b) => a - b)
      .map((value) => ({
        value: String(value),
        key: 'experts.search.ratingOption',
        params: { value },
      }));
  });
  constructor() {
    watchPresence(() =>
      this.auth.isAuthenticated() ? (this.result()?.items ?? []).map((e) => e.id) : [],
    );

    searchAsYouType(this.search, {
      debounceMs: TYPING_DEBOUNCE_MS,
      current: () => this.query().q,
      search: (q) => this.go({ q, page: 0 }, true),
    });

    this.maxRate.valueChanges
      .pipe(debounceTime(TYPING_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe(() => this.applyMaxRate(true));
  }

  protected submitSearch(event: Event): void {
    event.preventDefault();
    this.go({ q: this.search.value.trim(), page: 0 });
  }

  /** Enter in the filters form applies the max price at once. */
  protected submitFilters(event: Event): void {
    event.preventDefault();
    this.applyMaxRate(false);
  }

  protected applyMaxRate(replaceUrl: boolean): void {
    const value = this.typedMaxRate();
    this.maxRateInvalid.set(value === undefined);
    if (value !== undefined && value !== this.query().maxRate) {
      this.go({ maxRate: value, page: 0 }, replaceUrl);
    }
  }

  protected filterCategory(value: string): void {
    this.go({ category: value, page: 0 });
  }

  protected filterLanguage(value: string): void {
    this.go({ language: value, page: 0 });
  }

  protected filterChannel(value: string): void {
    this.go({ channel: isChannel(value) ? (value as Channel) : '', page: 0 });
  }

  protected filterMinRating(value: string): void {
    const rating = Number(value);
    this.go({ minRating: rating > 0 ? rating : null, page: 0 });
  }

  protected filterOnline(event: Event): void {
    this.go({ online: (event.target as HTMLInputElement).checked, page: 0 });
  }

  protected sortBy(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as ExpertSort;
    this.go({ sort: EXPERT_SORTS.includes(value) ? value : 'relevance', page: 0 });
  }

  protected clearFilters(): void {
    this.maxRate.setValue('', { emitEvent: false });
    this.maxRateInvalid.set(false);
    this.go({
      category: '',
      language: '',
      channel: '',
      maxRate: null,
      minRating: null,
      online: false,
      page: 0,
    });
  }

  /** Minor units typed in the max-price box: null when empty, undefined when invalid. */
  private typedMaxRate(): number | null | undefined {
    const text = this.maxRate.value.trim();
    if (text === '') {
      return null;
    }
    const minor = parseMajorToMinor(text, FILTER_CURRENCY);
    return minor !== null && minor > 0 ? minor : undefined;
  }

  /** Puts the URL's text and max price into the boxes (back/forward), unless just typed. */
  private syncBoxes(query: ExpertSearchQuery): void {
    if (query.q !== this.pushed.q && query.q !== this.search.value.trim()) {
      this.search.setValue(query.q, { emitEvent: false });
    }
    if (query.maxRate !== this.pushed.maxRate && query.maxRate !== this.typedMaxRate()) {
      this.maxRate.setValue(
        query.maxRate === null ? '' : minorToMajor(query.maxRate, FILTER_CURRENCY),
        { emitEvent: false },
      );
      this.maxRateInvalid.set(false);
    }
    this.pushed = {};
  }

  /** Navigates to the search with `change` applied (keeping what is typed in the boxes). */
  private go(change: Partial<ExpertSearchQuery>, replaceUrl = false): void {
    const typedRate = this.typedMaxRate();
    const next: ExpertSearchQuery = {
      ...this.query(),
      q: this.search.value.trim(),
      maxRate: typedRate === undefined ? this.query().maxRate : typedRate,
      ...change,
    };
    this.pushed = { q: next.q, maxRate: next.maxRate };
    this.list.go(next, { replaceUrl });
  }
}

function facetCounts(facets: Facet[] | undefined): Map<string, number> {
  return new Map((facets ?? []).map((f) => [f.value, f.count]));
}
