/** The header that makes a retried POST act once (top-ups, refunds). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * A fresh idempotency key: a random UUID v4. Built from `crypto.getRandomValues`, which browsers
 * offer on plain HTTP too (an intranet desk), unlike `crypto.randomUUID`.
 */
export function newIdempotencyKey(random: Crypto = globalThis.crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per attempt: the same key while the attempt (what is asked for) stays the same, so a
 * retry after a lost answer is recognised by the server; a new key as soon as it changes.
 */
export class AttemptKey {
  private current: { fingerprint: string; key: string } | null = null;

  constructor(private readonly generate: () => string = newIdempotencyKey) {}

  /** The key for an attempt described by `fingerprint` (e.g. its JSON body). */
  for(fingerprint: string): string {
    if (this.current?.fingerprint !== fingerprint) {
      this.current = { fingerprint, key: this.generate() };
    }
    return this.current.key;
  }

  /** After a success: the next attempt, even an identical one, is a new one. */
  done(): void {
    this.current = null;
  }
}
