import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { provideTranslationBlock } from '../../core/i18n/lazy-translations';
import { provideI18n } from '../../core/i18n/provide-i18n';
import { LanguageService } from '../../core/i18n/language.service';
import { byTestId, textOf } from '../../testing/test-helpers';
import { FilteredEmpty } from '../ui/paged-list/filtered-empty';
import { DateRangeChange, FilterDateRange } from './filter-date';
import { FilterText, textFilters } from './filter-text';
import { ListFilters } from './list-filters';

const DEMO_EN = {
  demo: {
    clear: 'Clear filters',
    apply: 'Apply',
    hint: 'Dates are inclusive.',
    utcHint: 'Days in UTC.',
    from: 'From',
    to: 'To',
    empty: 'Nothing yet.',
    emptyFiltered: 'Nothing matches these filters.',
  },
};
const DEMO_ES = {
  demo: {
    clear: 'Quitar filtros',
    apply: 'Aplicar',
    hint: 'Las fechas se incluyen.',
    utcHint: 'Días en UTC.',
    from: 'Desde',
    to: 'Hasta',
    empty: 'Nada todavía.',
    emptyFiltered: 'Nada coincide con estos filtros.',
  },
};

@Component({
  imports: [ListFilters, FilterText, FilterDateRange, FilteredEmpty],
  template: `
    <form
      appListFilters
      testId="demo"
      texts="demo"
      hintId="demo-dates-hint"
      label="Filter things"
      [hintKey]="hintKey()"
      [canClear]="filtered()"
      (applied)="applied.set(applied() + 1)"
      (cleared)="cleared.set(cleared() + 1)"
    >
      <app-filter-text
        inputId="demo-name"
        label="Name"
        [control]="texts.controls.name"
        [maxLength]="texts.limits.name"
      />
      <app-filter-date-range
        idPrefix="demo"
        texts="demo"
        [from]="from()"
        [to]="to()"
        (picked)="picked.set($event)"
      />
    </form>
    <div data-testid="demo-empty">
      <app-filtered-empty
        texts="demo"
        [filtered]="filtered()"
        (cleared)="cleared.set(cleared() + 1)"
      />
    </div>
  `,
})
class Host {
  readonly texts = textFilters({ name: 5, id: 3 });
  readonly hintKey = signal<string | undefined>(undefined);
  readonly filtered = signal(false);
  readonly from = signal('');
  readonly to = signal('2026-11-30');
  readonly applied = signal(0);
  readonly cleared = signal(0);
  readonly picked = signal<DateRangeChange | null>(null);
}

describe('A list’s filters (ListFilters, FilterText, FilterDateRange, FilteredEmpty)', () => {
  async function render() {
    TestBed.configureTestingModule({
      providers: [provideI18n(), provideTranslationBlock({ en: DEMO_EN, es: DEMO_ES })],
    });
    TestBed.inject(LanguageService).use('en');
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const form = root.querySelector('form')!;
    return { fixture, host: fixture.componentInstance, root, form };
  }

  it('is a search form with the fields, then the hint, "Clear filters" (when set) and "Apply"', async () => {
    const { fixture, host, form } = await render();
    expect(form.classList).toContain('card');
    expect(form.classList).toContain('filters');
    expect(form.getAttribute('role')).toBe('search');
    expect(form.getAttribute('aria-label')).toBe('Filter things');
    expect(form.hasAttribute('novalidate')).toBe(true);
    const hint = form.querySelector('.filters__foot .field__hint')!;
    expect(hint.id).toBe('demo-dates-hint');
    expect(hint.textContent?.trim()).toBe('Dates are inclusive.');
    expect(byTestId(fixture, 'demo-clear')).toBeNull();
    expect(textOf(fixture, 'demo-apply')).toBe('Apply');
    expect(form.lastElementChild?.classList).toContain('filters__foot');

    host.filtered.set(true);
    host.hintKey.set('demo.utcHint');
    await fixture.whenStable();
    expect(hint.textContent?.trim()).toBe('Days in UTC.');
    byTestId<HTMLButtonElement>(fixture, 'demo-clear')!.click();
    expect(host.cleared()).toBe(1);
    expect(host.applied()).toBe(0);

    TestBed.inject(LanguageService).use('es');
    await fixture.whenStable();
    expect(textOf(fixture, 'demo-clear')).toBe('Quitar filtros');
    expect(textOf(fixture, 'demo-apply')).toBe('Aplicar');
  });

  it('applies with "Apply" or Enter, without submitting the page', async () => {
    const { host, form } = await render();
    const submit = new Event('submit', { cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(host.applied()).toBe(1);
    expect(form.querySelector<HTMLButtonElement>('[data-testid="demo-apply"]')!.type).toBe(
      'submit',
    );
  });

  it('labels each text box, bounds it, and reads, follows and clears what is typed', async () => {
    const { fixture, host, root } = await render();
    const input = byTestId<HTMLInputElement>(fixture, 'demo-name')!;
    expect(input.id).toBe('demo-name');
    expect(root.querySelector<HTMLLabelElement>('label[for="demo-name"]')?.textContent).toBe(
      'Name',
    );
    expect(input.type).toBe('text');
    expect(input.getAttribute('maxlength')).toBe('5');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('spellcheck')).toBe('false');

    input.value = '  carla@example.com ';
    input.dispatchEvent(new Event('input'));
    expect(host.texts.typed()).toEqual({ name: 'carla', id: '' });

    const changes: string[] = [];
    host.texts.controls.name.valueChanges.subscribe((value) => changes.push(value));
    host.texts.follow({ name: 'ana', id: 'u-1' });
    await fixture.whenStable();
    expect(input.value).toBe('ana');
    expect(host.texts.controls.id.value).toBe('u-1');
    expect(changes).toEqual([]);

    host.texts.clear();
    await fixture.whenStable();
    expect(input.value).toBe('');
    expect(host.texts.typed()).toEqual({ name: '', id: '' });
  });

  it('gives the date range two bounded dates, tied to the hint, and says which end was picked', async () => {
    const { fixture, host } = await render();
    const from = byTestId<HTMLInputElement>(fixture, 'demo-from')!;
    const to = byTestId<HTMLInputElement>(fixture, 'demo-to')!;
    expect(from.id).toBe('demo-from');
    expect(from.getAttribute('aria-describedby')).toBe('demo-dates-hint');
    expect(to.getAttribute('aria-describedby')).toBe('demo-dates-hint');
    expect(from.getAttribute('max')).toBe('2026-11-30');
    expect(to.value).toBe('2026-11-30');
    expect(to.hasAttribute('min')).toBe(false);

    from.value = '2026-11-02';
    from.dispatchEvent(new Event('change'));
    expect(host.picked()).toEqual({ from: '2026-11-02' });
    to.value = '';
    to.dispatchEvent(new Event('change'));
    expect(host.picked()).toEqual({ to: '' });
  });

  it('says an empty page is empty, or offers to clear the filters that emptied it', async () => {
    const { fixture, host } = await render();
    expect(textOf(fixture, 'demo-empty')).toBe('Nothing yet.');
    expect(byTestId(fixture, 'demo-empty')!.querySelector('button')).toBeNull();

    host.filtered.set(true);
    await fixture.whenStable();
    expect(textOf(fixture, 'demo-empty')).toBe('Nothing matches these filters. Clear filters');
    byTestId(fixture, 'demo-empty')!.querySelector('button')!.click();
    expect(host.cleared()).toBe(1);
  });
});
