import { DOCUMENT, Injectable, inject, signal } from '@angular/core';

export type NotificationState = NotificationPermission | 'unsupported';

type AudioContextClass = typeof AudioContext;

/**
 * Gets an expert's attention for an incoming request: a short beep (WebAudio, no sound file) and a
 * desktop notification when the user already allowed them. Both fail silently: browsers block
 * sound before any interaction, and notifications may be unsupported or denied. Permission is only
 * asked for from an explicit click ({@link requestPermission}), never on load.
 */
@Injectable({ providedIn: 'root' })
export class AttentionService {
  private readonly window = inject(DOCUMENT).defaultView;
  private audio?: AudioContext;

  private readonly permissionSignal = signal<NotificationState>(this.readPermission());
  /** Whether desktop notifications may be shown ('default': not asked yet). */
  readonly permission = this.permissionSignal.asReadonly();

  /** Two short tones. */
  beep(): void {
    try {
      const Ctor =
        (this.window as unknown as { AudioContext?: AudioContextClass })?.AudioContext ??
        (this.window as unknown as { webkitAudioContext?: AudioContextClass })?.webkitAudioContext;
      if (!Ctor) {
        return;
      }
      this.audio ??= new Ctor();
      const ctx = this.audio;
      void ctx.resume?.().catch(() => undefined);
      const start = ctx.currentTime;
      for (const [offset, frequency] of [
        [0, 880],
        [0.18, 1175],
      ] as const) {
        const oscillator = ctx.createOscillator();
        const gain = ctx.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, start + offset);
        gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.15);
        oscillator.connect(gain).connect(ctx.destination);
        oscillator.start(start + offset);
        oscillator.stop(start + offset + 0.16);
      }
    } catch {
      // no sound: never mind
    }
  }

  /** A desktop notification, only when permission was granted before; clicking it focuses the tab. */
  notify(title: string, body: string, tag: string, onClick?: () => void): void {
    this.permissionSignal.set(this.readPermission());
    if (this.permission() !== 'granted') {
      return;
    }
    try {
      const NotificationCtor = (this.window as unknown as { Notification: typeof Notification })
        .Notification;
      const notification = new NotificationCtor(title, { body, tag });
      notification.onclick = () => {
        this.window?.focus();
        notification.close();
        onClick?.();
      };
    } catch {
      // e.g. Android Chrome only allows notifications from a service worker
    }
  }

  /** Asks the browser for permission (from a click). */
  async requestPermission(): Promise<void> {
    const NotificationCtor = this.notificationClass();
    if (!NotificationCtor) {
      return;
    }
    try {
      await NotificationCtor.requestPermission();
    } catch {
      // ignored: the state below tells
    }
    this.permissionSignal.set(this.readPermission());
  }

  private notificationClass(): typeof Notification | undefined {
    return (this.window as unknown as { Notification?: typeof Notification } | null)?.Notification;
  }

  private readPermission(): NotificationState {
    return this.notificationClass()?.permission ?? 'unsupported';
  }
}
