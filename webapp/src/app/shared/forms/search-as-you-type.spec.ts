import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';

import { searchAsYouType } from './search-as-you-type';

@Component({ template: '' })
class Host {
  readonly box = new FormControl('', { nonNullable: true });
  shown = '';
  readonly searches: string[] = [];

  constructor() {
    searchAsYouType(this.box, {
      debounceMs: 300,
      current: () => this.shown,
      search: (text) => this.searches.push(text),
    });
  }
}

describe('searchAsYouType', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Types `text` into the box, then lets `ms` pass. */
  const type = (host: Host, text: string, ms = 300) => {
    host.box.setValue(text);
    vi.advanceTimersByTime(ms);
  };

  it('searches for the trimmed text once typing pauses, not on every keystroke', () => {
    const host = TestBed.createComponent(Host).componentInstance;
    type(host, 'a', 100);
    type(host, 'an', 100);
    type(host, ' ana ', 299);
    expect(host.searches).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(host.searches).toEqual(['ana']);
  });

  it('leaves alone what the list already shows and what only differs in spaces', () => {
    const host = TestBed.createComponent(Host).componentInstance;
    host.shown = 'bob';
    type(host, 'bob ');
    type(host, 'ana');
    type(host, ' ana');
    expect(host.searches).toEqual(['ana']);
  });

  it('stops with the component', () => {
    const fixture = TestBed.createComponent(Host);
    const host = fixture.componentInstance;
    fixture.destroy();
    type(host, 'ana');
    expect(host.searches).toEqual([]);
  });
});
