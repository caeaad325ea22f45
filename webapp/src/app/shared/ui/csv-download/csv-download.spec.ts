import { HttpErrorResponse } from '@angular/common/http';
import { Component, signal } from '@angular/core';
import { Subject } from 'rxjs';

import { byTestId, createHost, textOf } from '../../../testing/test-helpers';
import { CsvButton, CsvError, csvDownload } from './csv-download';

@Component({
  imports: [CsvButton, CsvError],
  template: `
    <button appCsvButton class="btn" data-testid="x-csv" texts="wallet" [csv]="csv"></button>
    <app-csv-error testId="x-csv-error" dismissLabel="Dismiss" [csv]="csv" />
  `,
})
class Host {
  readonly answers: Subject<Blob>[] = [];
  readonly month = signal('2026-11');
  readonly csv = csvDownload({
    request: () => {
      const answer = new Subject<Blob>();
      this.answers.push(answer);
      return answer;
    },
    fileName: () => `report-${this.month()}.csv`,
    unsupportedKey: 'wallet.csvUnsupported',
  });
}

describe('csvDownload, CsvButton and CsvError', () => {
  afterEach(() => vi.restoreAllMocks());

  async function render() {
    const fixture = await createHost(Host);
    const host = fixture.componentInstance;
    const button = () => byTestId<HTMLButtonElement>(fixture, 'x-csv')!;
    const answer = async (blob: Blob) => {
      const last = host.answers[host.answers.length - 1];
      last.next(blob);
      last.complete();
      await fixture.whenStable();
    };
    return { fixture, host, button, answer };
  }

  it('downloads once at a time, waiting with a spinner, and saves the file under its name', async () => {
    const { fixture, host, button, answer } = await render();
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked = this;
    });

    expect(button().type).toBe('button');
    expect(textOf(fixture, 'x-csv')).toBe('Download CSV');
    button().click();
    host.month.set('2026-12');
    await fixture.whenStable();
    expect(button().disabled).toBe(true);
    expect(button().getAttribute('aria-busy')).toBe('true');
    expect(textOf(fixture, 'x-csv')).toBe('Preparing the file…');
    button().click();
    expect(host.answers.length).toBe(1);

    await answer(new Blob(['a,b\n'], { type: 'text/csv' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    // The name of the month asked for, not of the one picked meanwhile.
    expect(clicked?.download).toBe('report-2026-11.csv');
    expect(button().disabled).toBe(false);
    expect(button().getAttribute('aria-busy')).toBe('false');
    expect(byTestId(fixture, 'x-csv-error')).toBeNull();
  });

  it('shows why a download failed until dismissed or tried again', async () => {
    const { fixture, host, button } = await render();
    button().click();
    host.answers[0].error(
      new HttpErrorResponse({ status: 503, error: { detail: 'Database unavailable.' } }),
    );
    await fixture.whenStable();
    expect(textOf(fixture, 'x-csv-error')).toBe('Database unavailable.');
    expect(byTestId(fixture, 'x-csv-error')!.getAttribute('role')).toBe('alert');

    button().click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'x-csv-error')).toBeNull();
    host.answers[1].error(new HttpErrorResponse({ status: 0 }));
    await fixture.whenStable();
    expect(byTestId(fixture, 'x-csv-error')).not.toBeNull();

    byTestId(fixture, 'x-csv-error')!.querySelector<HTMLButtonElement>('.notice__close')!.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'x-csv-error')).toBeNull();
  });

  it('says so when the browser cannot save files', async () => {
    const { fixture, button, answer } = await render();
    const createObjectURL = URL.createObjectURL;
    Object.assign(URL, { createObjectURL: undefined });
    try {
      button().click();
      await answer(new Blob(['a\n']));
      expect(textOf(fixture, 'x-csv-error')).toBe('This browser cannot save the file.');
    } finally {
      Object.assign(URL, { createObjectURL });
    }
  });
});
