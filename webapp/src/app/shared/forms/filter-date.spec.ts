import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { FilterDate } from './filter-date';

@Component({
  imports: [FilterDate],
  template: `<app-filter-date
    inputId="x-from"
    label="From"
    describedBy="x-hint"
    [value]="value()"
    [max]="max()"
    (picked)="picked.set($event)"
  />`,
})
class Host {
  readonly value = signal('2026-11-02');
  readonly max = signal('');
  readonly picked = signal<string | null>(null);
}

describe('FilterDate', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const input = fixture.nativeElement.querySelector('[data-testid="x-from"]') as HTMLInputElement;
    return { fixture, input };
  }

  it('labels the date in force and ties it to the hint', () => {
    const { fixture, input } = render();
    const label = fixture.nativeElement.querySelector('label') as HTMLLabelElement;
    expect(label.htmlFor).toBe('x-from');
    expect(label.textContent).toContain('From');
    expect(input.type).toBe('date');
    expect(input.value).toBe('2026-11-02');
    expect(input.getAttribute('aria-describedby')).toBe('x-hint');
    expect(input.hasAttribute('max')).toBe(false);
  });

  it('bounds the range by its other end and emits the date picked', () => {
    const { fixture, input } = render();
    fixture.componentInstance.max.set('2026-11-30');
    fixture.detectChanges();
    expect(input.getAttribute('max')).toBe('2026-11-30');

    input.value = '2026-11-05';
    input.dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.picked()).toBe('2026-11-05');
  });
});
