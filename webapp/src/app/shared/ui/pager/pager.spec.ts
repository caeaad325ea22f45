import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { LanguageService } from '../../../core/i18n/language.service';
import { PageOf } from '../../../core/http/paging';
import { FakeList, pageOf } from '../../../testing/fake-list';
import { byTestId, createHost, textOf } from '../../../testing/test-helpers';
import { Pager, PagerOptions } from './pager';

@Component({
  imports: [Pager],
  template: `<app-pager testId="things" [list]="list" [options]="options()" />`,
})
class Host {
  readonly list = new FakeList<PageOf<string>>();
  readonly options = signal<PagerOptions>({ summary: 'sessions.list.summary' });
}

describe('Pager', () => {
  let fixture: ComponentFixture<Host>;
  let list: Host['list'];

  const button = (id: string) => byTestId<HTMLButtonElement>(fixture, id)!;
  const nav = () => (fixture.nativeElement as HTMLElement).querySelector('nav');
  const pageText = () => nav()?.querySelector('.pager__page')?.textContent?.trim();

  async function show(page: PageOf<string>): Promise<void> {
    list.answer(page);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = await createHost(Host);
    list = fixture.componentInstance.list;
    await show(pageOf(['a', 'b'], 1, 45));
  });

  it('says where the page sits: "21–22 of 45", "Page 2 of 3", in a named navigation', () => {
    expect(textOf(fixture, 'things-summary')).toBe('21–22 of 45 sessions');
    expect(nav()?.getAttribute('aria-label')).toBe('Pages');
    expect(pageText()).toBe('Page 2 of 3');
    expect(nav()?.querySelector('.pager__page')?.getAttribute('aria-live')).toBe('polite');
    expect(textOf(fixture, 'things-prev')).toBe('Previous');
    expect(textOf(fixture, 'things-next')).toBe('Next');
  });

  it('asks the list for the page before or after the one shown', () => {
    button('things-prev').click();
    list.loading.set(false);
    button('things-next').click();
    expect(list.pagesAsked).toEqual([0, 2]);
  });

  it('disables Previous on the first page and Next on the last', async () => {
    await show(pageOf(['a'], 0, 45));
    expect(button('things-prev').disabled).toBe(true);
    expect(button('things-next').disabled).toBe(false);

    await show(pageOf(['a'], 2, 45));
    expect(button('things-prev').disabled).toBe(false);
    expect(button('things-next').disabled).toBe(true);
  });

  it('disables both buttons while the list loads', async () => {
    list.loading.set(true);
    await fixture.whenStable();
    expect(button('things-prev').disabled).toBe(true);
    expect(button('things-next').disabled).toBe(true);
  });

  it('shows a single page unless told to hide it, and can go without a summary', async () => {
    await show(pageOf(['a', 'b']));
    expect(pageText()).toBe('Page 1 of 1');
    expect(button('things-next').disabled).toBe(true);

    fixture.componentInstance.options.set({ single: 'hide' });
    await fixture.whenStable();
    expect(nav()).toBeNull();

    fixture.componentInstance.options.set({ single: 'hide', label: 'experts.search.pagination' });
    await show(pageOf(['a'], 0, 30));
    expect(nav()?.getAttribute('aria-label')).toBe('Result pages');
    expect(byTestId(fixture, 'things-summary')).toBeNull();
  });

  it('speaks Spanish too', async () => {
    TestBed.inject(LanguageService).use('es');
    await fixture.whenStable();
    expect(textOf(fixture, 'things-summary')).toBe('21–22 de 45 sesiones');
    expect(pageText()).toBe('Página 2 de 3');
    expect(nav()?.getAttribute('aria-label')).toBe('Páginas');
    expect(textOf(fixture, 'things-prev')).toBe('Anterior');
    expect(textOf(fixture, 'things-next')).toBe('Siguiente');
  });
});
