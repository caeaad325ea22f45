import { TestBed } from '@angular/core/testing';

import { DeskRequestStore } from './desk-request-store';
import { estimateText, waitedText } from './desk.model';

describe('desk model', () => {
  it('words an estimated wait in minutes, or says there is none', () => {
    expect(estimateText(undefined)).toEqual({ key: 'desk.wait.none' });
    expect(estimateText(null)).toEqual({ key: 'desk.wait.none' });
    expect(estimateText(-5)).toEqual({ key: 'desk.wait.none' });
    expect(estimateText(0)).toEqual({ key: 'desk.wait.underMinute' });
    expect(estimateText(59)).toEqual({ key: 'desk.wait.underMinute' });
    expect(estimateText(60)).toEqual({ key: 'desk.wait.minute' });
    expect(estimateText(89)).toEqual({ key: 'desk.wait.minute' });
    expect(estimateText(90)).toEqual({ key: 'desk.wait.minutes', params: { count: 2 } });
    expect(estimateText(600)).toEqual({ key: 'desk.wait.minutes', params: { count: 10 } });
  });

  it('words how long someone has waited, in whole minutes', () => {
    expect(waitedText(Number.NaN)).toEqual({ key: 'desk.waited.underMinute' });
    expect(waitedText(-1000)).toEqual({ key: 'desk.waited.underMinute' });
    expect(waitedText(59_999)).toEqual({ key: 'desk.waited.underMinute' });
    expect(waitedText(60_000)).toEqual({ key: 'desk.waited.minute' });
    expect(waitedText(150_000)).toEqual({ key: 'desk.waited.minutes', params: { count: 2 } });
  });
});

describe('DeskRequestStore', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('keeps the waiting request of one user in session storage', () => {
    const store = TestBed.inject(DeskRequestStore);
    expect(store.read('u-1')).toBeNull();
    store.keep('u-1', 'd-1');
    expect(store.read('u-1')).toBe('d-1');
    expect(store.read('u-2')).toBeNull();
    store.clear();
    expect(store.read('u-1')).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const store = TestBed.inject(DeskRequestStore);
    sessionStorage.setItem('skillfast.deskRequest', '{not json');
    expect(store.read('u-1')).toBeNull();
    sessionStorage.setItem(
      'skillfast.deskRequest',
      JSON.stringify({ userId: 'u-1', requestId: 7 }),
    );
    expect(store.read('u-1')).toBeNull();
  });
});
