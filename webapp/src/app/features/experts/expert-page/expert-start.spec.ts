import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { COST_CENTRES_API, MyCostCentre } from '../../../core/cost-centres/cost-centre.model';
import { EXPERTS_API } from '../../../core/experts/expert.model';
import { SESSIONS_API } from '../../../core/sessions/session.model';
import { REVIEWS_API } from '../../../core/reviews/review.model';
import { formatTimeOfDay } from '../../../shared/ui/date-time';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import { testApproval, testMyCentre } from '../../../testing/cost-centre-fixtures';
import { testCategory, testProfile } from '../../../testing/expert-fixtures';
import { FakeRealtime, fakeRealtime } from '../../../testing/fake-realtime';
import { testReviewPage } from '../../../testing/review-fixtures';
import { testLiveSession } from '../../../testing/session-fixtures';
import ExpertPage from './expert-page';

describe('Expert page: who pays (cost centres)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;

  const laura = testProfile({ id: 'e-laura', displayName: 'Laura Martín', presence: 'ONLINE' });

  beforeEach(async () => {
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [
        { path: 'experts/:id', component: ExpertPage },
        { path: 'sessions/:id', component: Elsewhere },
      ],
      providers: [fake.provider],
      lang: 'en',
    });
    signIn(backend, { id: 'u-client', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const router = () => TestBed.inject(Router);
  const start = (): TestRequest =>
    backend.expectOne({ method: 'POST', url: SESSIONS_API.sessions });

  async function open(centres: MyCostCentre[]): Promise<void> {
    await harness.navigateByUrl('/experts/e-laura');
    backend.expectOne(`${EXPERTS_API.experts}/e-laura`).flush(laura);
    backend
      .expectOne(EXPERTS_API.categories)
      .flush({ items: [testCategory()], total: 1, page: 0, size: 50 });
    await stable();
    backend
      .expectOne((r) => r.url === REVIEWS_API.expertReviews('e-laura'))
      .flush(testReviewPage([]));
    backend.expectOne(COST_CENTRES_API.mine).flush(centres);
    await stable();
  }

  async function chooseCentre(code = 'MKT'): Promise<void> {
    const radio = el().querySelector<HTMLInputElement>(
      `[data-testid="pay-with-centre"][data-code="${code}"]`,
    )!;
    radio.click();
    await stable();
  }

  async function click(id: string): Promise<void> {
    q<HTMLButtonElement>(id)!.click();
    await stable();
  }

  it('offers only the wallet (no choice) to clients without cost centres', async () => {
    await open([testMyCentre({ member: false, approver: true })]);
    expect(q('pay-with')).toBeNull();
    await click('expert-start-chat');
    expect(start().request.body).toEqual({
      expertId: 'e-laura',
      channel: 'CHAT',
      fundedBy: { type: 'WALLET' },
    });
  });

  it('lets members pick a centre, with its balance, and asks for the expected length', async () => {
    await open([testMyCentre(), testMyCentre({ code: 'OLD', name: 'Old', active: false })]);
    expect(text('pay-with')).toContain('Pay with');
    expect(q<HTMLInputElement>('pay-with-wallet')!.checked).toBe(true);
    const centres = el().querySelectorAll('[data-testid="pay-with-centre"]');
    expect(centres).toHaveLength(1);
    expect(centres[0].closest('label')?.textContent?.trim()).toBe(
      'Marketing (cost centre, €150.00 left)',
    );
    expect(q('expected-minutes')).toBeNull();

    await chooseCentre();
    expect(text('expected-minutes-hint')).toBe(
      'Optional. Sessions over €50.00 need the OK of one of the centre’s approvers.',
    );
    type('expected-minutes', '700');
    await stable();
    expect(text('field-error-expectedMinutes')).toBe(
      'Enter whole minutes between 1 and 600, or leave it empty.',
    );
    expect(q('expected-minutes')?.getAttribute('aria-invalid')).toBe('true');
    await click('expert-start-video');
    backend.expectNone(SESSIONS_API.sessions);

    type('expected-minutes', '45');
    await stable();
    expect(q('field-error-expectedMinutes')).toBeNull();
    await click('expert-start-video');
    const req = start();
    expect(req.request.body).toEqual({
      expertId: 'e-laura',
      channel: 'VIDEO',
      fundedBy: { type: 'COST_CENTRE', code: 'MKT' },
      expectedMinutes: 45,
    });
    req.flush(
      testLiveSession({
        id: 's-5',
        state: 'REQUESTED',
        fundedBy: { type: 'COST_CENTRE', code: 'MKT', limit: 5000 },
      }),
      { status: 201, statusText: 'Created' },
    );
    await stable();
    expect(router().url).toBe('/sessions/s-5');
  });

  it('waits for the approvers on 202, then starts with the approval once approved', async () => {
    await open([testMyCentre()]);
    await chooseCentre();
    type('expected-minutes', '90');
    await click('expert-start-video');
    const approval = testApproval({ id: 'ap-9' });
    start().flush({ approval }, { status: 202, statusText: 'Accepted' });
    await stable();

    expect(q('expert-approval-waiting')?.dataset['id']).toBe('ap-9');
    expect(text('expert-approval-waiting-text')).toBe(
      `Waiting for approval from Marketing’s approvers — expires at ${formatTimeOfDay(approval.expiresAt, 'en')}. The consultation starts by itself once they approve it.`,
    );
    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(true);

    // Someone else's approval is not this page's business.
    realtime.emit({
      type: 'approval.decided',
      approval: testApproval({ id: 'ap-other', state: 'APPROVED' }),
    });
    await stable();
    backend.expectNone(SESSIONS_API.sessions);

    realtime.emit({
      type: 'approval.decided',
      approval: testApproval({ id: 'ap-9', state: 'APPROVED', decidedByName: 'Bea Boss' }),
    });
    await stable();
    expect(q('expert-approval-waiting')).toBeNull();
    const again = start();
    expect(again.request.body).toEqual({
      expertId: 'e-laura',
      channel: 'VIDEO',
      fundedBy: { type: 'COST_CENTRE', code: 'MKT', approvalId: 'ap-9' },
    });
    expect(text('expert-start-video')).toBe('Sending the request…');
    again.flush(testLiveSession({ id: 's-9' }), { status: 201, statusText: 'Created' });
    await stable();
    expect(router().url).toBe('/sessions/s-9');
  });

  it('says "Not approved" with the note, and "Nobody approved in time"', async () => {
    await open([testMyCentre()]);
    await chooseCentre();
    await click('expert-start-chat');
    start().flush({ approval: testApproval({ id: 'ap-1' }) }, { status: 202, statusText: 'OK' });
    await stable();
    realtime.emit({
      type: 'approval.decided',
      approval: testApproval({ id: 'ap-1', state: 'REJECTED', note: 'Not this month.' }),
    });
    await stable();
    expect(q('expert-approval-outcome')?.dataset['state']).toBe('REJECTED');
    expect(text('expert-approval-outcome')).toContain('Not approved by Marketing’s approvers');
    expect(text('expert-approval-note')).toBe('Their note: Not this month.');
    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(false);

    await click('expert-start-chat');
    start().flush({ approval: testApproval({ id: 'ap-2' }) }, { status: 202, statusText: 'OK' });
    await stable();
    expect(q('expert-approval-outcome')).toBeNull();
    realtime.emit({
      type: 'approval.decided',
      approval: testApproval({ id: 'ap-2', state: 'EXPIRED' }),
    });
    await stable();
    expect(q('expert-approval-outcome')?.dataset['state']).toBe('EXPIRED');
    expect(text('expert-approval-outcome')).toBe('Nobody approved in time');
    backend.expectNone(SESSIONS_API.sessions);
  });

  it('reads the approval after a reconnection (frames may have been missed)', async () => {
    await open([testMyCentre()]);
    await chooseCentre();
    await click('expert-start-chat');
    start().flush({ approval: testApproval({ id: 'ap-3' }) }, { status: 202, statusText: 'OK' });
    await stable();

    realtime.reconnect();
    backend
      .expectOne(COST_CENTRES_API.approval('MKT', 'ap-3'))
      .flush(testApproval({ id: 'ap-3', state: 'PENDING' }));
    await stable();
    expect(q('expert-approval-waiting')).not.toBeNull();

    realtime.reconnect();
    backend
      .expectOne(COST_CENTRES_API.approval('MKT', 'ap-3'))
      .flush(testApproval({ id: 'ap-3', state: 'APPROVED' }));
    await stable();
    expect(start().request.body.fundedBy).toEqual({
      type: 'COST_CENTRE',
      code: 'MKT',
      approvalId: 'ap-3',
    });
  });

  it('stops waiting on request (here only), and the buttons come back', async () => {
    await open([testMyCentre()]);
    await chooseCentre();
    await click('expert-start-chat');
    start().flush({ approval: testApproval({ id: 'ap-4' }) }, { status: 202, statusText: 'OK' });
    await stable();
    await click('expert-approval-cancel');
    expect(q('expert-approval-waiting')).toBeNull();
    expect(q<HTMLButtonElement>('expert-start-chat')!.disabled).toBe(false);
    realtime.emit({
      type: 'approval.decided',
      approval: testApproval({ id: 'ap-4', state: 'APPROVED' }),
    });
    realtime.reconnect();
    await stable();
    backend.expectNone(SESSIONS_API.sessions);
    backend.expectNone(COST_CENTRES_API.approval('MKT', 'ap-4'));
  });

  it("says what the centre's budget lacks (402), without Add funds", async () => {
    await open([testMyCentre()]);
    await chooseCentre();
    await click('expert-start-chat');
    flushProblem(start(), 402, {
      type: 'urn:skillfast:problem:payment-required',
      detail: 'The budget left to cost centre MKT this month does not cover the first minutes.',
      missing: { amount: 700, currency: 'EUR' },
    });
    await stable();
    expect(q('expert-start-budget')?.dataset['missing']).toBe('700');
    expect(text('expert-start-budget-text')).toBe(
      'The budget left to Marketing this month does not cover the start of this session: €7.00 more is needed. Pay with your wallet, or ask the centre’s administrator.',
    );
    expect(q('expert-start-funds')).toBeNull();
    expect(q('expert-start-add-funds')).toBeNull();
  });

  it('shows 403 and 409 problems as the page shows problems', async () => {
    await open([testMyCentre()]);
    await chooseCentre();
    await click('expert-start-chat');
    flushProblem(start(), 403, { detail: 'You are not a member of cost centre MKT.' });
    await stable();
    expect(text('expert-start-error')).toContain('You are not a member of cost centre MKT.');

    await click('expert-start-chat');
    expect(q('expert-start-error')).toBeNull();
    flushProblem(start(), 409, { detail: 'Cost centre MKT is not active.' });
    await stable();
    expect(text('expert-start-error')).toContain('Cost centre MKT is not active.');
  });
});
