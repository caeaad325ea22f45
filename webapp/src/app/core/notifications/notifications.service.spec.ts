import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { NOTIFICATIONS_API, NotificationPreferences } from './notifications.model';
import { NotificationsService } from './notifications.service';

const prefs: NotificationPreferences = {
  sessionMissed: true,
  sessionReceipt: false,
  reviewReceived: true,
  payments: true,
  mailEnabled: false,
};

describe('NotificationsService', () => {
  let backend: HttpTestingController;
  let service: NotificationsService;

  beforeEach(() => {
    backend = setUpAppTest();
    signIn(backend, {}, 'tok');
    service = TestBed.inject(NotificationsService);
  });

  afterEach(() => endAppTest(backend));

  it('reads the preferences with the bearer token', () => {
    let loaded: NotificationPreferences | undefined;
    service.load().subscribe((p) => (loaded = p));
    const req = backend.expectOne(NOTIFICATIONS_API.mine);
    expect(req.request.method).toBe('GET');
    expect(req.request.headers.get('Authorization')).toBe('Bearer tok');
    req.flush(prefs);
    expect(loaded).toEqual(prefs);
  });

  it('saves exactly the four choices', () => {
    let saved: NotificationPreferences | undefined;
    service.save({ ...prefs, sessionReceipt: true }).subscribe((p) => (saved = p));
    const req = backend.expectOne(NOTIFICATIONS_API.mine);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      sessionMissed: true,
      sessionReceipt: true,
      reviewReceived: true,
      payments: true,
    });
    req.flush({ ...prefs, sessionReceipt: true });
    expect(saved?.sessionReceipt).toBe(true);
  });
});
