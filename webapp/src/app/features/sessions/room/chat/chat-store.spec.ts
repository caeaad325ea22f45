import { testMessage } from '../../../../testing/session-fixtures';
import { ChatStore } from './chat-store';

const seqs = (store: ChatStore) => store.messages().map((m) => m.seq);

describe('ChatStore', () => {
  it('keeps one entry per seq, sorted, whatever the order and overlap of arrivals', () => {
    const store = new ChatStore();
    expect(store.merge([testMessage(2, 'a'), testMessage(1, 'b')])).toBe(2);
    expect(store.merge([testMessage(2, 'a', 'duplicate'), testMessage(3, 'a')])).toBe(1);
    expect(store.merge([testMessage(5, 'b'), testMessage(4, 'a'), testMessage(5, 'b')])).toBe(2);
    expect(store.merge([testMessage(1, 'b')])).toBe(0);
    expect(seqs(store)).toEqual([1, 2, 3, 4, 5]);
    expect(store.messages()[1].text).toBe('message 2'); // the first copy stays
    expect(store.lastSeq()).toBe(5);

    // An older message arriving late (catch-up after live frames) goes into its place.
    const late = new ChatStore();
    late.merge([testMessage(7, 'a'), testMessage(8, 'a')]);
    late.merge([testMessage(6, 'a'), testMessage(9, 'a')]);
    expect(seqs(late)).toEqual([6, 7, 8, 9]);
  });

  it('ignores malformed messages', () => {
    const store = new ChatStore();
    store.merge([
      { seq: 0, senderId: 'a', text: 'x', sentAt: '' },
      { seq: 1.5, senderId: 'a', text: 'x', sentAt: '' },
      { seq: 2, senderId: 'a', text: null as unknown as string, sentAt: '' },
    ]);
    expect(store.messages()).toEqual([]);
  });

  it('confirms a pending message with its chat.message (replyTo) and reports gaps', () => {
    const store = new ChatStore();
    store.merge([testMessage(1, 'b')]);
    store.addPending('p-1', 'hello');
    expect(store.pending()).toEqual([{ id: 'p-1', text: 'hello', status: 'sending', afterSeq: 1 }]);

    expect(store.receive({ ...testMessage(2, 'me', 'hello'), replyTo: 'p-1' })).toEqual({
      added: true,
      gap: false,
    });
    expect(store.pending()).toEqual([]);
    expect(store.receive({ ...testMessage(2, 'me', 'hello'), replyTo: null })).toEqual({
      added: false,
      gap: false,
    });
    expect(store.receive(testMessage(5, 'b'))).toEqual({ added: true, gap: true });
    expect(seqs(store)).toEqual([1, 2, 5]);
  });

  it('marks failures, resends, and reconciles messages whose confirmation was lost', () => {
    const store = new ChatStore();
    store.merge([testMessage(1, 'me', 'same')]);
    store.addPending('p-1', 'same');
    store.addPending('p-2', 'lost');
    store.addPending('p-3', 'later');
    store.fail('p-3', 'too-long');
    expect(store.pending().find((p) => p.id === 'p-3')).toMatchObject({
      status: 'failed',
      error: 'too-long',
    });

    // The history after a reconnection has p-1 (seq 2, after the seq it was sent at) but not p-2.
    store.merge([testMessage(2, 'me', 'same'), testMessage(3, 'other', 'lost')]);
    store.reconcile('me', ['p-1', 'p-2'], 'lost');
    expect(store.pending().map((p) => [p.id, p.status, p.error])).toEqual([
      ['p-2', 'failed', 'lost'],
      ['p-3', 'failed', 'too-long'],
    ]);

    store.resend('p-2');
    expect(store.pending()[0]).toEqual({ id: 'p-2', text: 'lost', status: 'sending', afterSeq: 3 });
    store.drop('p-3');
    expect(store.has('p-3')).toBe(false);
    expect(store.has('p-2')).toBe(true);
  });
});
