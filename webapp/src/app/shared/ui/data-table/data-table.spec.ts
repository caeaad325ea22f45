import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { LanguageService } from '../../../core/i18n/language.service';
import { createHost } from '../../../testing/test-helpers';
import { DataTable, TableColumn } from './data-table';

@Component({
  imports: [DataTable],
  template: `
    <table class="data-table" appDataTable caption="wallet.caption" [columns]="columns">
      <tbody>
        <tr data-testid="row">
          <td>12 Mar</td>
          <td>Credit</td>
          <td>+€5.00</td>
          <td></td>
        </tr>
      </tbody>
    </table>
  `,
})
class Host {
  readonly columns: readonly TableColumn[] = [
    'wallet.date',
    'wallet.type',
    { key: 'wallet.amount', numeric: true },
    { key: 'payments.topups.actions', hidden: true },
  ];
}

describe('DataTable', () => {
  it('writes the caption and one heading per column, then the rows it is given', async () => {
    const fixture = await createHost(Host);
    const table = (fixture.nativeElement as HTMLElement).querySelector('table')!;
    const headings = Array.from(table.querySelectorAll('thead th'));

    expect(table.querySelector('caption')?.textContent?.trim()).toBe('Wallet transactions');
    expect(table.querySelector('caption')?.classList).toContain('visually-hidden');
    expect(headings.map((th) => th.textContent?.trim())).toEqual([
      'Date',
      'Type',
      'Amount',
      'Actions',
    ]);
    expect(headings.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(headings.map((th) => th.classList.contains('data-table__num'))).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(headings[3].querySelector('.visually-hidden')?.textContent?.trim()).toBe('Actions');
    expect(table.children[0].tagName).toBe('CAPTION');
    expect(table.querySelector('tbody [data-testid="row"]')).not.toBeNull();

    TestBed.inject(LanguageService).use('es');
    await fixture.whenStable();
    expect(headings[0].textContent?.trim()).toBe('Fecha');
  });
});
