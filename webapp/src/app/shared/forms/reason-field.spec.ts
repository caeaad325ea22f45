import { Component } from '@angular/core';

import { byTestId, createHost, textOf } from '../../testing/test-helpers';
import { ReasonField, ReasonInput } from './reason-field';

@Component({
  imports: [ReasonField],
  template: `<app-reason-field inputId="why" [reason]="reason" />`,
})
class Host {
  readonly reason = new ReasonInput(10, 'reviews.moderation');
}

@Component({
  imports: [ReasonField],
  template: `<app-reason-field inputId="why" counter [reason]="reason" />`,
})
class CountingHost {
  readonly reason = new ReasonInput(10, 'reviews.moderation');
}

describe('ReasonInput and ReasonField', () => {
  it('gives the trimmed reason, or says it is missing or too long', () => {
    const reason = new ReasonInput(10, 'admin.experts');

    reason.control.setValue('   ');
    expect(reason.checked()).toBeNull();
    expect(reason.error()).toEqual({ key: 'admin.experts.reasonRequired' });

    reason.control.setValue('x'.repeat(11));
    expect(reason.checked()).toBeNull();
    expect(reason.error()).toEqual({ key: 'admin.experts.reasonLength', params: { max: 10 } });

    reason.edited();
    expect(reason.error()).toBeNull();
    reason.control.setValue('  spam  ');
    expect(reason.checked()).toBe('spam');

    reason.error.set({ key: 'x' });
    reason.reset();
    expect(reason.control.value).toBe('');
    expect(reason.error()).toBeNull();
  });

  it('ties label, hint and error to the textarea', async () => {
    const fixture = await createHost(Host);
    const area = byTestId<HTMLTextAreaElement>(fixture, 'why')!;
    const root = fixture.nativeElement as HTMLElement;

    expect(area.id).toBe('why');
    expect(area.getAttribute('maxlength')).toBe('10');
    expect(root.querySelector('label')?.htmlFor).toBe('why');
    expect(area.getAttribute('aria-describedby')).toBe('why-error why-hint');
    expect(root.querySelector('#why-hint')?.textContent).toContain('10');
    expect(area.getAttribute('aria-invalid')).toBe('false');

    fixture.componentInstance.reason.checked();
    await fixture.whenStable();
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(textOf(fixture, 'field-error-reason')).not.toBe('');

    area.value = 'a';
    area.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(area.getAttribute('aria-invalid')).toBe('false');
    expect(fixture.componentInstance.reason.control.value).toBe('a');
  });

  it('counts the characters typed of the limit when asked to', async () => {
    const fixture = await createHost(CountingHost);
    const area = byTestId<HTMLTextAreaElement>(fixture, 'why')!;
    expect(area.getAttribute('aria-describedby')).toBe('why-error why-hint why-counter');
    expect(textOf(fixture, 'why-counter')).toBe('0 / 10');

    area.value = 'spam spam';
    area.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(textOf(fixture, 'why-counter')).toBe('9 / 10');

    fixture.componentInstance.reason.reset();
    await fixture.whenStable();
    expect(textOf(fixture, 'why-counter')).toBe('0 / 10');
  });
});
