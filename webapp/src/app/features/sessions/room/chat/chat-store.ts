import { computed, signal } from '@angular/core';

import { ChatMessage } from '../../../../core/sessions/session.model';

/** A message typed here and sent, not yet confirmed by its `chat.message`. */
export interface PendingMessage {
  /** The `id` it was sent with (the server echoes it as `replyTo`). */
  readonly id: string;
  readonly text: string;
  readonly status: 'sending' | 'failed';
  /** Why it failed: a key under `sessions.chat.errors`. */
  readonly error?: string;
  /** The highest seq held when it was sent: its own seq comes later. */
  readonly afterSeq: number;
}

/**
 * A session's chat as shown: stored messages sorted by `seq`, exactly one per `seq` however often
 * (history, catch-up, live frames) and in whatever order they arrive, plus the messages typed here
 * that are still on their way.
 */
export class ChatStore {
  private readonly bySeq = new Map<number, ChatMessage>();
  private readonly messagesSignal = signal<readonly ChatMessage[]>([]);
  private readonly pendingSignal = signal<readonly PendingMessage[]>([]);

  /** Stored messages, oldest first. */
  readonly messages = this.messagesSignal.asReadonly();
  /** Messages still being sent (or that failed), in the order they were typed. */
  readonly pending = this.pendingSignal.asReadonly();
  /** The highest seq held (0 when none). */
  readonly lastSeq = computed(() => {
    const messages = this.messagesSignal();
    return messages.length > 0 ? messages[messages.length - 1].seq : 0;
  });

  /** Adds messages, ignoring seqs already held; answers how many were new. */
  merge(items: readonly ChatMessage[]): number {
    const fresh: ChatMessage[] = [];
    for (const item of items) {
      if (isValid(item) && !this.bySeq.has(item.seq)) {
        const message = {
          seq: item.seq,
          senderId: item.senderId,
          text: item.text,
          sentAt: item.sentAt,
        };
        this.bySeq.set(item.seq, message);
        fresh.push(message);
      }
    }
    if (fresh.length === 0) {
      return 0;
    }
    fresh.sort((a, b) => a.seq - b.seq);
    const last = this.lastSeq();
    this.messagesSignal.set(
      fresh[0].seq > last
        ? [...this.messagesSignal(), ...fresh] // the usual case: newer messages
        : [...this.bySeq.values()].sort((a, b) => a.seq - b.seq),
    );
    return fresh.length;
  }

  /**
   * A live `chat.message`: merged, and the pending message it confirms (`replyTo`) removed.
   * Answers whether messages are missing before it (its seq is beyond the next one expected).
   */
  receive(message: ChatMessage & { replyTo?: string | null }): { added: boolean; gap: boolean } {
    const gap = isValid(message) && message.seq > this.lastSeq() + 1;
    const added = this.merge([message]) > 0;
    if (message.replyTo) {
      this.drop(message.replyTo);
    }
    return { added, gap };
  }

  addPending(id: string, text: string): void {
    this.pendingSignal.update((list) => [
      ...list,
      { id, text, status: 'sending', afterSeq: this.lastSeq() },
    ]);
  }

  fail(id: string, error: string): void {
    this.update(id, (p) => ({ ...p, status: 'failed', error }));
  }

  /** Marks a failed message as being sent again. */
  resend(id: string): void {
    this.update(id, (p) => ({
      id: p.id,
      text: p.text,
      status: 'sending',
      afterSeq: this.lastSeq(),
    }));
  }

  drop(id: string): void {
    this.pendingSignal.update((list) => list.filter((p) => p.id !== id));
  }

  has(id: string): boolean {
    return this.pendingSignal().some((p) => p.id === id);
  }

  /**
   * After catching up: the messages in `ids` (sent on a connection that is gone, so their
   * `chat.message` may have been lost) are dropped when the history has them (same sender and text,
   * after the seq they were sent at), else marked failed with `error`.
   */
  reconcile(senderId: string, ids: readonly string[], error: string): void {
    const claimed = new Set<number>();
    const candidates = this.messagesSignal().filter((m) => m.senderId === senderId);
    for (const pending of this.pendingSignal()) {
      if (!ids.includes(pending.id) || pending.status !== 'sending') {
        continue;
      }
      const stored = candidates.find(
        (m) => m.seq > pending.afterSeq && m.text === pending.text && !claimed.has(m.seq),
      );
      if (stored) {
        claimed.add(stored.seq);
        this.drop(pending.id);
      } else {
        this.fail(pending.id, error);
      }
    }
  }

  private update(id: string, change: (p: PendingMessage) => PendingMessage): void {
    this.pendingSignal.update((list) => list.map((p) => (p.id === id ? change(p) : p)));
  }
}

function isValid(message: ChatMessage): boolean {
  return Number.isSafeInteger(message.seq) && message.seq > 0 && typeof message.text === 'string';
}
