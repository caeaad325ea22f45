import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { Approval, COST_CENTRES_API } from '../../core/cost-centres/cost-centre.model';
import { PendingApprovals } from '../../core/cost-centres/pending-approvals';
import { CLOCK } from '../../core/time/clock';
import {
  Elsewhere,
  endAppTest,
  setUpAppTest,
  signIn,
  testIdQueries,
} from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { testApproval, testMyCentre } from '../../testing/cost-centre-fixtures';
import { FakeRealtime, fakeRealtime } from '../../testing/fake-realtime';
import ApprovalsPage from './approvals-page';

const NOW = Date.parse('2026-03-10T10:05:00Z');

describe('Approvals inbox', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;

  beforeEach(async () => {
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [
        { path: 'approvals', component: ApprovalsPage },
        { path: 'cost-centres/:code/report', component: Elsewhere },
        { path: 'sessions/:id', component: Elsewhere },
      ],
      providers: [fake.provider, { provide: CLOCK, useValue: () => NOW }],
      lang: 'en',
    });
    signIn(backend, { id: 'u-boss', role: 'CLIENT' });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const items = () =>
    Array.from(el().querySelectorAll<HTMLElement>('[data-testid="approval-item"]'));
  const list = (state = 'PENDING'): TestRequest =>
    backend.expectOne(
      (r) =>
        r.method === 'GET' &&
        r.url === COST_CENTRES_API.approvals &&
        (r.params.get('state') ?? 'PENDING') === state,
    );
  const carla = testApproval();
  const dan = testApproval({
    id: 'ap-2',
    clientName: 'Dan Doe',
    expectedMinutes: null,
    expiresAt: '2026-03-10T10:05:30Z',
  });

  async function open(approvals: Approval[] = [carla, dan], url = '/approvals'): Promise<void> {
    await harness.navigateByUrl(url);
    backend
      .expectOne(COST_CENTRES_API.mine)
      .flush([testMyCentre({ member: false, approver: true })]);
    expect(q('approvals-loading')).not.toBeNull();
    list(url.includes('state=') ? url.split('state=')[1] : 'PENDING').flush(approvals);
    await stable();
  }

  it('lists the pending approvals: who, expert, channel, length, cost, centre, time left', async () => {
    await open();
    expect(items()).toHaveLength(2);
    const first = items()[0];
    expect(first.dataset['id']).toBe('ap-1');
    expect(first.dataset['state']).toBe('PENDING');
    expect(first.textContent).toContain('Carla Client with Laura Martín');
    expect(text('approval-centre', first)).toBe('Marketing (MKT)');
    expect(first.textContent).toContain('Video call');
    expect(text('approval-minutes', first)).toBe('90 min');
    expect(text('approval-cost', first)).toBe('€135.00');
    expect(text('approval-time-left', first)).toBe('10 min left');
    expect(text('approval-minutes', items()[1])).toBe('Not given');
    expect(text('approval-time-left', items()[1])).toBe('Less than a minute left');
    expect(q('approval-approve', first)?.getAttribute('aria-label')).toBe(
      'Approve the session Carla Client asked for',
    );
    // The header's count follows what the inbox read.
    expect(TestBed.inject(PendingApprovals).count()).toBe(2);
    // The report of each centre the user approves.
    const report = q('approvals-report')!;
    expect(report.dataset['code']).toBe('MKT');
    expect(report.getAttribute('href')).toBe('/cost-centres/MKT/report');
  });

  it('approves with a note, and the item leaves the pending list', async () => {
    await open();
    const first = items()[0];
    const note = q<HTMLTextAreaElement>('approval-note', first)!;
    note.value = '  Fine, keep it short.  ';
    note.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('approval-approve', first)!.click();
    await stable();
    expect(q<HTMLButtonElement>('approval-approve', items()[0])!.disabled).toBe(true);
    const req = backend.expectOne({
      method: 'POST',
      url: '/api/cost-centres/MKT/approvals/ap-1/approve',
    });
    expect(req.request.body).toEqual({ note: 'Fine, keep it short.' });
    req.flush(testApproval({ state: 'APPROVED', decidedByName: 'Bea Boss' }));
    await stable();
    expect(items().map((i) => i.dataset['id'])).toEqual(['ap-2']);
    expect(text('approvals-notice')).toBe(
      'Approved: Carla Client’s session with Laura Martín can start.',
    );
    expect(TestBed.inject(PendingApprovals).count()).toBe(1);
  });

  it('rejects without a note (null)', async () => {
    await open();
    q<HTMLButtonElement>('approval-reject', items()[1])!.click();
    await stable();
    const req = backend.expectOne('/api/cost-centres/MKT/approvals/ap-2/reject');
    expect(req.request.body).toEqual({ note: null });
    req.flush(testApproval({ id: 'ap-2', state: 'REJECTED' }));
    await stable();
    expect(items().map((i) => i.dataset['id'])).toEqual(['ap-1']);
    expect(text('approvals-notice')).toBe('Rejected: Dan Doe has been told.');
  });

  it('says so on a 409 (decided meanwhile or expired) and reads the list again', async () => {
    await open();
    q<HTMLButtonElement>('approval-approve', items()[0])!.click();
    await stable();
    flushProblem(backend.expectOne('/api/cost-centres/MKT/approvals/ap-1/approve'), 409, {
      detail: 'This approval has expired.',
    });
    await stable();
    expect(q('approvals-notice')?.getAttribute('role')).toBe('alert');
    expect(text('approvals-notice')).toBe('This approval has expired.');
    list().flush([dan]);
    await stable();
    expect(items().map((i) => i.dataset['id'])).toEqual(['ap-2']);
  });

  it('follows approval.requested and approval.decided live', async () => {
    await open([carla]);
    realtime.emit({
      type: 'approval.requested',
      approval: testApproval({ id: 'ap-new', clientName: 'Eva' }),
    });
    await stable();
    expect(items().map((i) => i.dataset['id'])).toEqual(['ap-new', 'ap-1']);

    realtime.emit({ type: 'approval.decided', approval: { ...carla, state: 'EXPIRED' } });
    await stable();
    expect(items().map((i) => i.dataset['id'])).toEqual(['ap-new']);

    realtime.reconnect();
    list().flush([]);
    await stable();
    expect(text('approvals-empty')).toContain('Nothing is waiting for your approval.');
  });

  it('filters by state (in the URL) to see past decisions', async () => {
    await open();
    const select = q<HTMLSelectElement>('approvals-state')!;
    select.value = 'APPROVED';
    select.dispatchEvent(new Event('change'));
    await stable();
    expect(TestBed.inject(Router).url).toBe('/approvals?state=APPROVED');
    list('APPROVED').flush([
      testApproval({
        state: 'APPROVED',
        decidedAt: '2026-03-10T10:02:00Z',
        decidedByName: 'Bea Boss',
        note: 'OK',
        sessionId: 's-7',
      }),
    ]);
    await stable();
    const item = items()[0];
    expect(item.dataset['state']).toBe('APPROVED');
    expect(text('approval-state', item)).toBe('Approved');
    expect(text('approval-decided', item)).toContain('By Bea Boss');
    expect(text('approval-decision-note', item)).toBe('Note: OK');
    expect(q('approval-session', item)?.getAttribute('href')).toBe('/sessions/s-7');
    expect(q('approval-approve', item)).toBeNull();
    expect(q('approval-time-left', item)).toBeNull();

    // A frame of another state is not shown here; one of this state is.
    realtime.emit({ type: 'approval.requested', approval: testApproval({ id: 'ap-x' }) });
    realtime.emit({
      type: 'approval.decided',
      approval: testApproval({ id: 'ap-y', state: 'APPROVED' }),
    });
    await stable();
    expect(items().map((i) => i.dataset['id'])).toEqual(['ap-y', 'ap-1']);
  });

  it('shows an empty state per state, and errors with a retry', async () => {
    await open([], '/approvals?state=EXPIRED');
    expect(text('approvals-empty')).toBe('No approvals in the state “Expired”.');

    q<HTMLSelectElement>('approvals-state')!.value = 'PENDING';
    q<HTMLSelectElement>('approvals-state')!.dispatchEvent(new Event('change'));
    await stable();
    flushProblem(list(), 403, { detail: 'You approve no cost centre.' });
    await stable();
    expect(text('approvals-error')).toContain('You approve no cost centre.');
    q<HTMLButtonElement>('approvals-retry')!.click();
    list().flush([carla]);
    await stable();
    expect(items()).toHaveLength(1);
  });
});
