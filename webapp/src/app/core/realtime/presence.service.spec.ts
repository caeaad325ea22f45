import { TestBed } from '@angular/core/testing';

import { FakeRealtime, fakeRealtime } from '../../testing/fake-realtime';
import { PresenceService } from './presence.service';

describe('PresenceService', () => {
  let realtime: FakeRealtime;
  let service: PresenceService;

  beforeEach(() => {
    const fake = fakeRealtime();
    realtime = fake.fake;
    TestBed.configureTestingModule({ providers: [fake.provider] });
    service = TestBed.inject(PresenceService);
  });

  it('watches the union of what the pages show, and forgets released ids', () => {
    const search = service.watch();
    const page = service.watch();
    search.set(['e-1', 'e-2']);
    expect(realtime.watched).toEqual(['e-1', 'e-2']);
    page.set(['e-2', 'e-3']);
    expect(realtime.watched).toEqual(['e-1', 'e-2', 'e-3']);
    const sent = realtime.sentOf('presence.watch').length;
    page.set(['e-3', 'e-2']); // same union: nothing to send
    expect(realtime.sentOf('presence.watch')).toHaveLength(sent);

    realtime.emit({ type: 'presence.changed', expertId: 'e-1', presence: 'BUSY' });
    realtime.emit({ type: 'presence.changed', expertId: 'e-3', presence: 'ONLINE' });
    realtime.emit({ type: 'presence.changed', expertId: 'e-9', presence: 'ONLINE' });
    expect(service.of('e-1')).toBe('BUSY');
    expect(service.of('e-3')).toBe('ONLINE');
    expect(service.of('e-9')).toBeUndefined(); // not watched (e.g. the expert's own)

    search.release();
    expect([...realtime.watched!].sort()).toEqual(['e-2', 'e-3']);
    expect(service.of('e-1')).toBeUndefined();
    page.release();
    expect(realtime.watched).toEqual([]);
  });

  it('ignores unknown presence values and forgets everything once the connection is closed', () => {
    service.watch().set(['e-1']);
    realtime.emit({ type: 'presence.changed', expertId: 'e-1', presence: 'AWAY' as never });
    expect(service.of('e-1')).toBeUndefined();
    realtime.emit({ type: 'presence.changed', expertId: 'e-1', presence: 'ONLINE' });
    expect(service.of('e-1')).toBe('ONLINE');

    realtime.status.set('closed');
    TestBed.tick();
    expect(service.of('e-1')).toBeUndefined();
  });

  it('caps a watch at 200 experts', () => {
    service.watch().set(Array.from({ length: 250 }, (_, i) => `e-${i}`));
    expect(realtime.watched).toHaveLength(200);
  });
});
