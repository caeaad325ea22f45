import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { COST_CENTRES_API } from '../../core/cost-centres/cost-centre.model';
import { DESK_API } from '../../core/desk/desk.model';
import { EXPERTS_API } from '../../core/experts/expert.model';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../testing/app-test-bed';
import { testMyCentre } from '../../testing/cost-centre-fixtures';
import { testCategory } from '../../testing/expert-fixtures';
import { fakeRealtime } from '../../testing/fake-realtime';
import DeskPage from './desk-page';

describe('Ask the desk: who pays (cost centres)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    sessionStorage.clear();
    backend = setUpAppTest({
      routes: [{ path: 'desk', component: DeskPage }],
      providers: [fakeRealtime().provider],
      lang: 'en',
    });
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    endAppTest(backend);
    sessionStorage.clear();
  });

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();

  async function open(centres = [testMyCentre()]): Promise<void> {
    await harness.navigateByUrl('/desk');
    backend.expectOne(COST_CENTRES_API.mine).flush(centres);
    backend
      .expectOne(EXPERTS_API.categories)
      .flush({ items: [testCategory()], total: 1, page: 0, size: 50 });
    await stable();
  }

  async function fill(): Promise<void> {
    const category = q<HTMLSelectElement>('desk-category')!;
    category.value = 'tax';
    category.dispatchEvent(new Event('change'));
    type('desk-description', 'My VAT return was rejected.');
    await stable();
  }

  it('offers "Pay with" to members and sends the centre chosen (no expected length)', async () => {
    await open();
    expect(q<HTMLInputElement>('pay-with-wallet')!.checked).toBe(true);
    expect(text('pay-with')).toContain('Marketing (cost centre, €150.00 left)');
    q<HTMLInputElement>('pay-with-centre')!.click();
    await stable();
    expect(q('expected-minutes')).toBeNull();

    await fill();
    q<HTMLButtonElement>('desk-submit')!.click();
    await stable();
    const req = backend.expectOne({ method: 'POST', url: DESK_API.requests });
    expect(req.request.body).toEqual({
      category: 'tax',
      channel: 'CHAT',
      description: 'My VAT return was rejected.',
      fundedBy: { type: 'COST_CENTRE', code: 'MKT' },
    });
  });

  it('has no choice for clients who belong to no active centre', async () => {
    await open([testMyCentre({ active: false })]);
    expect(q('pay-with')).toBeNull();
    await fill();
    q<HTMLButtonElement>('desk-submit')!.click();
    await stable();
    const req = backend.expectOne({ method: 'POST', url: DESK_API.requests });
    expect(req.request.body.fundedBy).toEqual({ type: 'WALLET' });
  });
});
