import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Role } from '../auth/auth.model';
import { Elsewhere, endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { FakeRealtime, fakeRealtime } from '../../testing/fake-realtime';
import { DeskPickWatcher } from './desk-pick-watcher';
import { DeskRequestStore } from './desk-request-store';

describe('DeskPickWatcher', () => {
  let backend: HttpTestingController;
  let realtime: FakeRealtime;
  let router: Router;

  async function setUp(role: Role): Promise<void> {
    sessionStorage.clear();
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [
        { path: 'experts', component: Elsewhere },
        { path: 'desk', component: Elsewhere },
        { path: 'sessions/:id', component: Elsewhere },
      ],
      providers: [fake.provider],
    });
    router = TestBed.inject(Router);
    signIn(backend, { id: 'u-client', role });
    TestBed.inject(DeskPickWatcher).start();
    TestBed.inject(DeskRequestStore).keep('u-client', 'd-1');
    await router.navigateByUrl('/experts');
  }

  afterEach(() => {
    endAppTest(backend);
    sessionStorage.clear();
  });

  it('takes a client on another page to the room of their picked request', async () => {
    await setUp('CLIENT');
    realtime.emit({ type: 'desk.picked', id: 'd-1', sessionId: 's-9', expertId: 'e-1' });
    await vi.waitFor(() => expect(router.url).toBe('/sessions/s-9'));
    expect(TestBed.inject(DeskRequestStore).read('u-client')).toBeNull();
  });

  it('leaves the desk page to follow its own request', async () => {
    await setUp('CLIENT');
    await router.navigateByUrl('/desk');
    realtime.emit({ type: 'desk.picked', id: 'd-1', sessionId: 's-9', expertId: 'e-1' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/desk');
    expect(TestBed.inject(DeskRequestStore).read('u-client')).toBe('d-1');
  });

  it('forgets an expired request away from the desk page', async () => {
    await setUp('CLIENT');
    realtime.emit({ type: 'desk.expired', id: 'd-1' });
    expect(TestBed.inject(DeskRequestStore).read('u-client')).toBeNull();
    expect(router.url).toBe('/experts');
  });

  it('forgets a request whose pick could not start away from the desk page', async () => {
    await setUp('CLIENT');
    realtime.emit({ type: 'desk.cancelled', id: 'd-1', reason: 'Your balance is too low.' });
    expect(TestBed.inject(DeskRequestStore).read('u-client')).toBeNull();
    expect(router.url).toBe('/experts');
  });

  it('is for clients only', async () => {
    await setUp('EXPERT');
    realtime.emit({ type: 'desk.picked', id: 'd-1', sessionId: 's-9', expertId: 'e-1' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/experts');
  });
});
