import { Component, signal } from '@angular/core';
import { ComponentFixture } from '@angular/core/testing';

import { PageOf } from '../../../core/http/paging';
import { FakeList, pageOf } from '../../../testing/fake-list';
import { byTestId, createHost, itemTexts, textOf } from '../../../testing/test-helpers';
import { ListEmpty, Loaded, LoadingTemplate } from '../load-view/load-templates';
import { PagerOptions } from '../pager/pager';
import { PagedList } from './paged-list';

@Component({
  imports: [PagedList, ListEmpty, Loaded, LoadingTemplate],
  template: `
    <app-paged-list
      testId="things"
      texts="sessions.list"
      [list]="list"
      [pager]="pager()"
      [inset]="inset()"
    >
      <ng-template appListEmpty icon="chat">
        <p class="state-box__title" data-testid="nothing">Nothing yet</p>
      </ng-template>
      <ng-template [appLoaded]="list" let-page>
        <ul data-testid="things-items">
          @for (name of page.items; track name) {
            <li>{{ name }}</li>
          }
        </ul>
      </ng-template>
      @if (skeleton()) {
        <ng-template appLoading><p data-testid="skeleton">…</p></ng-template>
      }
    </app-paged-list>
  `,
})
class Host {
  readonly list = new FakeList<PageOf<string>>();
  readonly pager = signal<PagerOptions>({});
  readonly inset = signal(false);
  readonly skeleton = signal(false);
}

describe('PagedList', () => {
  let fixture: ComponentFixture<Host>;
  let list: Host['list'];

  /** Renders what the list holds now. */
  const render = () => fixture.whenStable();
  const items = () => itemTexts(fixture, 'things-items');

  beforeEach(async () => {
    fixture = await createHost(Host);
    list = fixture.componentInstance.list;
  });

  it('shows the loading box until the first page, then the items and the pager', async () => {
    expect(textOf(fixture, 'things-loading')).toBe('Loading your sessions…');
    expect(byTestId(fixture, 'things-prev')).toBeNull();

    list.answer(pageOf(['Ana', 'Bob'], 1, 42));
    await render();
    expect(byTestId(fixture, 'things-loading')).toBeNull();
    expect(items()).toEqual(['Ana', 'Bob']);
    expect(textOf(fixture, 'things-summary')).toBe('21–22 of 42 sessions');
    expect(fixture.nativeElement.textContent).toContain('Page 2 of 3');
  });

  it('pages through the list', async () => {
    list.answer(pageOf(['Ana'], 1, 42));
    await render();
    byTestId<HTMLButtonElement>(fixture, 'things-next')!.click();
    expect(list.pagesAsked).toEqual([2]);
    await render();
    expect(byTestId<HTMLButtonElement>(fixture, 'things-prev')!.disabled).toBe(true);
    expect(items()).toEqual(['Ana']);
  });

  it('says when a page is empty, with the icon, the given texts and no pager', async () => {
    list.answer(pageOf([]));
    await render();
    const empty = byTestId(fixture, 'things-empty')!;
    expect(empty.querySelector('.state-box__icon app-icon')).not.toBeNull();
    expect(textOf(fixture, 'nothing')).toBe('Nothing yet');
    expect(empty.parentElement?.classList).toContain('card');
    expect(byTestId(fixture, 'things-items')).toBeNull();
    expect(byTestId(fixture, 'things-next')).toBeNull();

    fixture.componentInstance.inset.set(true);
    await render();
    expect(byTestId(fixture, 'things-empty')!.parentElement?.classList).not.toContain('card');
  });

  it('keeps the last items (not "empty") while the next page loads', async () => {
    list.answer(pageOf(['Ana']));
    list.goToPage(1);
    list.result.set(pageOf([], 1, 1));
    await render();
    expect(byTestId(fixture, 'things-empty')).toBeNull();
    expect(byTestId(fixture, 'things-items')).not.toBeNull();
  });

  it('shows the error (with its retry) in place of the items', async () => {
    list.answer(pageOf(['Ana']));
    list.fail({ key: 'errors.server', status: 500 });
    await render();
    expect(textOf(fixture, 'things-error')).toContain('Could not load your sessions');
    expect(byTestId(fixture, 'things-retry')).not.toBeNull();
    expect(byTestId(fixture, 'things-items')).toBeNull();
  });

  it('passes the pager its options and takes a loading template of its own', async () => {
    fixture.componentInstance.skeleton.set(true);
    await render();
    expect(byTestId(fixture, 'skeleton')).not.toBeNull();
    expect(byTestId(fixture, 'things-loading')).toBeNull();

    fixture.componentInstance.pager.set({ single: 'hide', summary: '' });
    list.answer(pageOf(['Ana']));
    await render();
    expect(items()).toEqual(['Ana']);
    expect(byTestId(fixture, 'things-next')).toBeNull();

    list.answer(pageOf(['Ana'], 0, 30));
    await render();
    expect(byTestId(fixture, 'things-next')).not.toBeNull();
    expect(byTestId(fixture, 'things-summary')).toBeNull();
  });
});
