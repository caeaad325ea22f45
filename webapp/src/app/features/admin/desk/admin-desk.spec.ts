import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { DESK_API, DeskFigures } from '../../../core/desk/desk.model';
import { EXPERTS_API } from '../../../core/experts/expert.model';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testCategory } from '../../../testing/expert-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminDesk, { waitText } from './admin-desk';

function figures(overrides: Partial<DeskFigures> = {}): DeskFigures {
  return {
    category: 'tax',
    waiting: 2,
    picked: 7,
    cancelled: 1,
    expired: 3,
    waitP50Seconds: 45,
    waitP90Seconds: 185,
    ...overrides,
  };
}

describe('Admin desk figures', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [{ path: 'admin/desk', component: AdminDesk }],
      providers: [provideAdminTranslations()],
      lang: 'en',
    });
    signIn(backend, { id: 'u-admin', role: 'ADMIN' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const rows = () =>
    Array.from(el().querySelectorAll<HTMLElement>('[data-testid="admin-desk-row"]'));

  async function open(list: DeskFigures[]): Promise<void> {
    await harness.navigateByUrl('/admin/desk');
    expect(q('admin-desk-loading')).not.toBeNull();
    backend.expectOne(DESK_API.adminFigures).flush(list);
    backend
      .expectOne(EXPERTS_API.categories)
      .flush({ items: [testCategory()], total: 1, page: 0, size: 50 });
    await stable();
  }

  it('shows a row per category, by its name, with the waits', async () => {
    await open([
      figures(),
      figures({ category: 'gone', waitP50Seconds: null, waitP90Seconds: null }),
    ]);
    expect(rows().map((r) => r.dataset['category'])).toEqual(['tax', 'gone']);
    const tax = rows()[0];
    expect(tax.querySelector('th')?.textContent?.trim()).toBe('Tax advice');
    expect(text('admin-desk-waiting', tax)).toBe('2');
    expect(text('admin-desk-p50', tax)).toBe('45 s');
    expect(text('admin-desk-p90', tax)).toBe('3 min 05 s');
    expect(rows()[1].querySelector('th')?.textContent?.trim()).toBe('gone');
    expect(text('admin-desk-p50', rows()[1])).toBe('—');
  });

  it('refreshes, and says when there was no activity today', async () => {
    await open([figures()]);
    q<HTMLButtonElement>('admin-desk-refresh')!.click();
    await stable();
    expect(q<HTMLButtonElement>('admin-desk-refresh')!.disabled).toBe(true);
    backend.expectOne(DESK_API.adminFigures).flush([]);
    await stable();
    expect(text('admin-desk-empty')).toBe('No desk activity today');
  });

  it('shows errors with a retry', async () => {
    await harness.navigateByUrl('/admin/desk');
    flushProblem(backend.expectOne(DESK_API.adminFigures), 503);
    backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
    await stable();
    expect(text('admin-desk-error')).toContain('Could not load the desk figures');
    q<HTMLButtonElement>('admin-desk-retry')!.click();
    backend.expectOne(DESK_API.adminFigures).flush([figures()]);
    await stable();
    expect(rows()).toHaveLength(1);
  });

  it('words waits', () => {
    expect(waitText(0)).toBe('0 s');
    expect(waitText(59.6)).toBe('1 min 00 s');
    expect(waitText(null)).toBe('—');
    expect(waitText(-1)).toBe('—');
  });
});
