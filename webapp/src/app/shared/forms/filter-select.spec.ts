import { Component, signal } from '@angular/core';

import { byTestId, createHost } from '../../testing/test-helpers';
import { FilterOption, FilterSelect, keyedOptions } from './filter-select';

@Component({
  imports: [FilterSelect],
  template: `
    <app-filter-select
      selectId="things-type"
      label="Type"
      [allLabel]="allLabel()"
      [options]="options"
      [value]="value()"
      (picked)="picked.push($event)"
    />
  `,
})
class Host {
  readonly allLabel = signal<string | undefined>('All types');
  readonly value = signal('');
  readonly options: FilterOption[] = [
    ...keyedOptions(['CHAT', 'VIDEO'], 'channels.'),
    { value: '4', key: 'experts.search.ratingOption', params: { value: 4 } },
    { value: 'design', label: 'Design (12)' },
  ];
  readonly picked: string[] = [];
}

describe('FilterSelect', () => {
  it('labels the select, offers "all" first and names options by key or text', async () => {
    const fixture = await createHost(Host);
    const select = byTestId<HTMLSelectElement>(fixture, 'things-type')!;
    const label = (fixture.nativeElement as HTMLElement).querySelector('label')!;

    expect(select.id).toBe('things-type');
    expect(label.htmlFor).toBe('things-type');
    expect(label.textContent?.trim()).toBe('Type');
    expect(Array.from(select.options, (o) => [o.value, o.textContent?.trim()])).toEqual([
      ['', 'All types'],
      ['CHAT', 'Chat'],
      ['VIDEO', 'Video call'],
      ['4', '4 ★ or more'],
      ['design', 'Design (12)'],
    ]);
    expect(select.value).toBe('');
  });

  it('selects the value in force and emits the one picked', async () => {
    const fixture = await createHost(Host);
    fixture.componentInstance.value.set('VIDEO');
    await fixture.whenStable();
    const select = byTestId<HTMLSelectElement>(fixture, 'things-type')!;
    expect(select.value).toBe('VIDEO');

    select.value = 'CHAT';
    select.dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.picked).toEqual(['CHAT']);
  });

  it('has no "all" option without its label', async () => {
    const fixture = await createHost(Host);
    fixture.componentInstance.allLabel.set(undefined);
    await fixture.whenStable();
    const select = byTestId<HTMLSelectElement>(fixture, 'things-type')!;
    expect(select.options[0].value).toBe('CHAT');
  });
});
