import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { User } from '../../../core/auth/auth.model';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem, testUser } from '../../../testing/auth-fixtures';
import { provideAdminTranslations } from '../admin-translations';
import AdminUsers from './admin-users';
import { ADMIN_USERS_URL, UserPage } from './admin-users.service';

const ana = testUser({ id: 'u-ana', email: 'ana@example.com', displayName: 'Ana', role: 'CLIENT' });
const bob = testUser({ id: 'u-bob', email: 'bob@example.com', displayName: 'Bob', role: 'EXPERT' });
const admin = testUser({
  id: 'u-admin',
  email: 'admin@example.com',
  displayName: 'Admin',
  role: 'ADMIN',
});

describe('Admin users page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [{ path: 'admin/users', component: AdminUsers }],
      providers: [provideAdminTranslations()],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    signIn(backend, admin, 'admin-token');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const stable = () => harness.fixture.whenStable();
  const row = (email: string) =>
    el().querySelector<HTMLElement>(`[data-testid="admin-users-row"][data-email="${email}"]`)!;
  /** The dialog is rendered inside the page. */
  const dialogButton = (id: string) => q<HTMLButtonElement>(id, document)!;

  function listRequest(): TestRequest {
    return backend.expectOne((req) => req.url === ADMIN_USERS_URL && req.method === 'GET');
  }

  function page(items: User[], overrides: Partial<UserPage> = {}): UserPage {
    return { items, total: items.length, page: 0, size: 20, ...overrides };
  }

  async function open(url = '/admin/users', items: User[] = [ana, bob, admin]): Promise<void> {
    await harness.navigateByUrl(url);
    listRequest().flush(page(items));
    await stable();
  }

  it('shows a loading state, then one row per user with e-mail, role and status', async () => {
    await harness.navigateByUrl('/admin/users');
    expect(q('admin-users-loading')).not.toBeNull();
    const req = listRequest();
    expect(req.request.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(req.request.params.get('page')).toBe('0');
    expect(req.request.params.has('q')).toBe(false);
    req.flush(page([ana, bob, admin]));
    await stable();

    expect(q('admin-users-loading')).toBeNull();
    expect(all('admin-users-row').map((r) => r.dataset['email'])).toEqual([
      'ana@example.com',
      'bob@example.com',
      'admin@example.com',
    ]);
    expect(q<HTMLSelectElement>('admin-user-role', row('bob@example.com'))!.value).toBe('EXPERT');
    expect(text('admin-user-status', row('ana@example.com'))).toBe('Active');
    expect(row('admin@example.com').textContent).toContain('You');
    expect(text('admin-users-summary')).toBe('1–3 of 3 users');
    expect(q<HTMLButtonElement>('admin-users-prev')!.disabled).toBe(true);
    expect(q<HTMLButtonElement>('admin-users-next')!.disabled).toBe(true);
  });

  it('reads search, role and page from the URL and pages through results', async () => {
    await harness.navigateByUrl('/admin/users?q=ana&role=CLIENT&page=1');
    const req = listRequest();
    expect(req.request.params.get('q')).toBe('ana');
    expect(req.request.params.get('role')).toBe('CLIENT');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(page([ana], { total: 41, page: 1, size: 20 }));
    await stable();

    expect(q<HTMLInputElement>('admin-users-search')!.value).toBe('ana');
    expect(q<HTMLSelectElement>('admin-users-role-filter')!.value).toBe('CLIENT');
    expect(text('admin-users-summary')).toBe('21–21 of 41 users');
    expect(el().textContent).toContain('Page 2 of 3');

    q<HTMLButtonElement>('admin-users-next')!.click();
    await stable();
    expect(router.url).toBe('/admin/users?q=ana&role=CLIENT&page=2');
    expect(listRequest().request.params.get('page')).toBe('2');
  });

  it('filters by role and searches on submit, going back to the first page', async () => {
    await open('/admin/users?page=3');

    const filter = q<HTMLSelectElement>('admin-users-role-filter')!;
    filter.value = 'EXPERT';
    filter.dispatchEvent(new Event('change'));
    await stable();
    expect(router.url).toBe('/admin/users?role=EXPERT');
    listRequest().flush(page([bob]));
    await stable();

    const search = q<HTMLInputElement>('admin-users-search')!;
    search.value = ' bob ';
    search.dispatchEvent(new Event('input'));
    search.closest('form')!.dispatchEvent(new Event('submit'));
    await stable();
    expect(router.url).toBe('/admin/users?q=bob&role=EXPERT');
    const req = listRequest();
    expect(req.request.params.get('q')).toBe('bob');
    expect(req.request.params.get('role')).toBe('EXPERT');
    req.flush(page([bob]));
  });

  it('searches while typing (debounced), replacing the URL instead of piling up history', async () => {
    await open();
    const navigate = vi.spyOn(router, 'navigate');
    const search = q<HTMLInputElement>('admin-users-search')!;
    for (const value of ['a', 'an', 'ana']) {
      search.value = value;
      search.dispatchEvent(new Event('input'));
    }
    backend.expectNone((req) => req.url === ADMIN_USERS_URL);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await stable();

    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate.mock.calls[0][1]?.replaceUrl).toBe(true);
    expect(router.url).toBe('/admin/users?q=ana');
    listRequest().flush(page([ana]));
    await stable();
    expect(search.value).toBe('ana');
  });

  it('shows an empty state that can clear the filters', async () => {
    await harness.navigateByUrl('/admin/users?q=nobody');
    listRequest().flush(page([]));
    await stable();

    expect(text('admin-users-empty')).toContain('No users match these filters.');
    expect(all('admin-users-row')).toHaveLength(0);

    const clear = Array.from(q('admin-users-empty')!.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Clear filters',
    )!;
    clear.click();
    await stable();
    expect(router.url).toBe('/admin/users');
    listRequest().flush(page([ana]));
    await stable();
    expect(all('admin-users-row')).toHaveLength(1);
  });

  it('shows the error with a retry that reloads', async () => {
    await harness.navigateByUrl('/admin/users');
    flushProblem(listRequest(), 503, { detail: 'The database is starting.' });
    await stable();

    expect(text('admin-users-error')).toContain('Could not load the users');
    expect(text('admin-users-error')).toContain('The database is starting.');
    expect(all('admin-users-row')).toHaveLength(0);

    q<HTMLButtonElement>('admin-users-retry')!.click();
    await stable();
    listRequest().flush(page([ana]));
    await stable();

    expect(q('admin-users-error')).toBeNull();
    expect(all('admin-users-row')).toHaveLength(1);
  });

  it('suspends a user after confirmation and updates the row', async () => {
    await open();
    q<HTMLButtonElement>('admin-user-suspend', row('ana@example.com'))!.click();
    await stable();

    const dialog = document.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Suspend Ana?');
    expect(dialog.textContent).toContain('ana@example.com');
    expect(document.activeElement).toBe(dialogButton('confirm-dialog-cancel'));
    backend.expectNone((req) => req.method === 'PATCH');

    dialogButton('confirm-dialog-confirm').click();
    await stable();

    const req = backend.expectOne(`${ADMIN_USERS_URL}/u-ana`);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ suspended: true });
    expect(q<HTMLButtonElement>('admin-user-suspend', row('ana@example.com'))!.disabled).toBe(true);
    req.flush({ ...ana, suspended: true });
    await stable();

    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(text('admin-user-status', row('ana@example.com'))).toBe('Suspended');
    expect(q('admin-user-suspend', row('ana@example.com'))).toBeNull();
    expect(q('admin-user-reactivate', row('ana@example.com'))).not.toBeNull();
    expect(text('admin-users-feedback')).toBe('Ana has been suspended.');
  });

  it('does nothing when the confirmation is cancelled', async () => {
    await open();
    q<HTMLButtonElement>('admin-user-suspend', row('bob@example.com'))!.click();
    await stable();
    dialogButton('confirm-dialog-cancel').click();
    await stable();

    backend.expectNone((req) => req.method === 'PATCH');
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(text('admin-user-status', row('bob@example.com'))).toBe('Active');
  });

  it('changes a role after confirmation, and puts the select back on cancel', async () => {
    await open();
    const select = q<HTMLSelectElement>('admin-user-role', row('ana@example.com'))!;

    select.value = 'ADMIN';
    select.dispatchEvent(new Event('change'));
    await stable();
    dialogButton('confirm-dialog-cancel').click();
    await stable();
    expect(select.value).toBe('CLIENT');

    select.value = 'EXPERT';
    select.dispatchEvent(new Event('change'));
    await stable();
    expect(document.querySelector('[role="alertdialog"]')!.textContent).toContain(
      'ana@example.com will change from Client to Expert.',
    );
    dialogButton('confirm-dialog-confirm').click();
    await stable();
    const req = backend.expectOne(`${ADMIN_USERS_URL}/u-ana`);
    expect(req.request.body).toEqual({ role: 'EXPERT' });
    req.flush({ ...ana, role: 'EXPERT' });
    await stable();

    expect(q<HTMLSelectElement>('admin-user-role', row('ana@example.com'))!.value).toBe('EXPERT');
    expect(text('admin-users-feedback')).toBe('Ana now has the role Expert.');
  });

  it('shows the server detail when an admin tries to suspend themself (409)', async () => {
    await open();
    q<HTMLButtonElement>('admin-user-suspend', row('admin@example.com'))!.click();
    await stable();
    dialogButton('confirm-dialog-confirm').click();
    await stable();
    flushProblem(backend.expectOne(`${ADMIN_USERS_URL}/u-admin`), 409, {
      detail: 'You cannot suspend yourself.',
    });
    await stable();

    expect(text('admin-users-feedback')).toBe('You cannot suspend yourself.');
    expect(q('admin-users-feedback')!.getAttribute('role')).toBe('alert');
    expect(text('admin-user-status', row('admin@example.com'))).toBe('Active');
  });

  describe('grant credit', () => {
    const grantRequest = () =>
      backend.expectOne((req) => req.url === '/api/admin/grants' && req.method === 'POST');

    async function openGrant(email = 'ana@example.com'): Promise<void> {
      await open();
      q<HTMLButtonElement>('user-grant', row(email))!.click();
      await stable();
    }

    function fill(amount: string, reason: string, currency?: string): void {
      const input = q<HTMLInputElement>('grant-amount')!;
      input.value = amount;
      input.dispatchEvent(new Event('input'));
      if (currency) {
        const select = q<HTMLSelectElement>('grant-currency')!;
        select.value = currency;
        select.dispatchEvent(new Event('change'));
      }
      const reasonInput = q<HTMLInputElement>('grant-reason')!;
      reasonInput.value = reason;
      reasonInput.dispatchEvent(new Event('input'));
    }

    it('grants an amount typed in major units as exact cents, EUR by default', async () => {
      await openGrant();
      expect(q('grant-form-panel')?.dataset['userId']).toBe('u-ana');
      expect(q<HTMLSelectElement>('grant-currency')!.value).toBe('EUR');
      expect(document.activeElement).toBe(q('grant-amount'));

      fill('25.00', '  Welcome credit ');
      q<HTMLButtonElement>('grant-submit')!.click();
      await stable();
      const req = grantRequest();
      expect(req.request.headers.get('Authorization')).toBe('Bearer admin-token');
      expect(req.request.body).toEqual({
        userId: 'u-ana',
        amount: 2500,
        currency: 'EUR',
        reason: 'Welcome credit',
      });
      expect(q<HTMLButtonElement>('grant-submit')!.disabled).toBe(true);
      req.flush(
        {
          id: 'g-1',
          userId: 'u-ana',
          amount: 2500,
          currency: 'EUR',
          reason: 'Welcome credit',
          balance: 3000,
          createdAt: '2026-03-01T10:00:00Z',
        },
        { status: 201, statusText: 'Created' },
      );
      await stable();
      expect(text('grant-done')).toBe('€25.00 granted to Ana. Their balance is now €30.00.');
      expect(q<HTMLInputElement>('grant-amount')!.value).toBe('');
      expect(q<HTMLInputElement>('grant-reason')!.value).toBe('');
    });

    it('checks the amount and the reason before sending', async () => {
      await openGrant();
      q<HTMLButtonElement>('grant-submit')!.click();
      await stable();
      expect(text('field-error-amount')).toBe('This field is required.');
      expect(text('field-error-reason')).toBe('This field is required.');

      fill('1.505', '   ');
      await stable();
      expect(text('field-error-amount')).toBe('Enter an amount like 25.00.');
      expect(text('field-error-reason')).toBe('This field is required.');
      fill('0', 'x');
      await stable();
      expect(text('field-error-amount')).toBe('Enter an amount greater than zero.');
      fill('12.50', 'x', 'CLP');
      await stable();
      expect(text('field-error-amount')).toBe(
        'This currency has no decimals: enter a whole amount.',
      );
      q<HTMLButtonElement>('grant-submit')!.click();
      await stable();
      backend.expectNone('/api/admin/grants');

      fill('2500', 'Promo', 'CLP');
      q<HTMLButtonElement>('grant-submit')!.click();
      await stable();
      expect(grantRequest().request.body).toEqual({
        userId: 'u-ana',
        amount: 2500,
        currency: 'CLP',
        reason: 'Promo',
      });
    });

    it("shows the server's field errors, and the problem of an unknown user", async () => {
      await openGrant('bob@example.com');
      fill('10', 'Refund for a bad call');
      q<HTMLButtonElement>('grant-submit')!.click();
      await stable();
      flushProblem(grantRequest(), 400, {
        detail: 'Invalid grant.',
        errors: [{ field: 'amount', message: 'At most 1,000.00 per grant.' }],
      });
      await stable();
      expect(text('grant-error')).toBe('Invalid grant.');
      expect(text('field-error-amount')).toBe('At most 1,000.00 per grant.');
      expect(q('grant-done')).toBeNull();

      q<HTMLButtonElement>('grant-submit')!.click();
      await stable();
      flushProblem(grantRequest(), 404, { detail: 'No such user.' });
      await stable();
      expect(text('grant-error')).toBe('No such user.');
    });

    it('closes, and opens again for another user', async () => {
      await openGrant();
      q<HTMLButtonElement>('user-grant', row('bob@example.com'))!.click();
      await stable();
      expect(q('grant-form-panel')?.dataset['userId']).toBe('u-bob');
      q<HTMLButtonElement>('grant-cancel')!.click();
      await stable();
      expect(q('grant-form-panel')).toBeNull();
      expect(document.activeElement).toBe(q('user-grant', row('bob@example.com')));
    });
  });

  describe('password reset link', () => {
    const linkRequest = () =>
      backend.expectOne(
        (req) =>
          req.url === `${ADMIN_USERS_URL}/u-ana/password-reset-link` && req.method === 'POST',
      );
    const resetButton = (email = 'ana@example.com') =>
      q<HTMLButtonElement>('user-reset-link', row(email))!;

    async function openLink(): Promise<void> {
      await open();
      resetButton().click();
      await stable();
    }

    afterEach(() => {
      Reflect.deleteProperty(navigator, 'clipboard');
    });

    it('has a "Reset link" button per user, named after the user', async () => {
      await open();
      expect(resetButton().textContent?.trim()).toBe('Reset link');
      expect(resetButton().getAttribute('aria-label')).toBe('Reset link for Ana');
      expect(resetButton().getAttribute('aria-expanded')).toBe('false');
    });

    it('creates the link and shows it read-only with its expiry, ready to copy', async () => {
      const writeText = vi.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      await openLink();
      expect(q('reset-link-panel')?.dataset['userId']).toBe('u-ana');
      expect(q('reset-link-loading')?.getAttribute('role')).toBe('status');
      expect(resetButton().getAttribute('aria-expanded')).toBe('true');

      const req = linkRequest();
      expect(req.request.headers.get('Authorization')).toBe('Bearer admin-token');
      expect(req.request.body).toBeNull();
      req.flush(
        {
          url: 'https://desk.example.com/reset-password?token=tok-ana',
          expiresAt: '2026-03-02T09:30:00Z',
        },
        { status: 201, statusText: 'Created' },
      );
      await stable();

      const field = q<HTMLInputElement>('reset-link-url')!;
      expect(field.value).toBe('https://desk.example.com/reset-password?token=tok-ana');
      expect(field.readOnly).toBe(true);
      expect(el().querySelector(`label[for="${field.id}"]`)?.textContent?.trim()).toBe(
        'Password reset link',
      );
      expect(field.getAttribute('aria-describedby')).toBe('reset-link-expires');
      await vi.waitFor(() => expect(document.activeElement).toBe(field));
      const expires = new Intl.DateTimeFormat('en', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(new Date('2026-03-02T09:30:00Z'));
      expect(text('reset-link-expires')).toBe(`Expires ${expires}.`);
      expect(text('reset-link-panel')).toContain('It works once, for 30 minutes');

      const copy = q<HTMLButtonElement>('reset-link-copy')!;
      expect(copy.textContent?.trim()).toBe('Copy link');
      copy.click();
      await vi.waitFor(() =>
        expect(text('reset-link-copy-state')).toBe('The link has been copied.'),
      );
      expect(writeText).toHaveBeenCalledWith(
        'https://desk.example.com/reset-password?token=tok-ana',
      );
      expect(q('reset-link-copy-state')!.getAttribute('role')).toBe('status');
    });

    it('says so when the link cannot be copied', async () => {
      const writeText = vi.fn().mockRejectedValue(new Error('denied'));
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      await openLink();
      linkRequest().flush({
        url: 'https://x/reset-password?token=t',
        expiresAt: '2026-03-02T09:30:00Z',
      });
      await stable();
      q<HTMLButtonElement>('reset-link-copy')!.click();
      await vi.waitFor(() =>
        expect(text('reset-link-copy-state')).toBe(
          'Could not copy: select the link and copy it by hand.',
        ),
      );
    });

    it('shows the error with a retry that asks again, and closes back to its button', async () => {
      await openLink();
      flushProblem(linkRequest(), 403, { detail: 'Administrators only.' });
      await stable();
      expect(text('reset-link-error')).toContain('Could not create a reset link');
      expect(text('reset-link-error')).toContain('Administrators only.');
      expect(q('reset-link-url')).toBeNull();

      q<HTMLButtonElement>('reset-link-retry')!.click();
      await stable();
      linkRequest().flush({
        url: 'https://x/reset-password?token=t2',
        expiresAt: '2026-03-02T09:30:00Z',
      });
      await stable();
      expect(q<HTMLInputElement>('reset-link-url')!.value).toBe(
        'https://x/reset-password?token=t2',
      );

      q<HTMLButtonElement>('reset-link-close')!.click();
      await stable();
      expect(q('reset-link-panel')).toBeNull();
      expect(document.activeElement).toBe(resetButton());
    });
  });
});
