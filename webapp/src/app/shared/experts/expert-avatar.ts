import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';

/**
 * An expert's photo, or their initials when there is none (or it fails to load). Decorative:
 * the name is always written next to it.
 */
@Component({
  selector: 'app-expert-avatar',
  host: {
    class: 'expert-avatar',
    '[class.expert-avatar--sm]': "size() === 'sm'",
    '[class.expert-avatar--lg]': "size() === 'lg'",
  },
  template: `
    @if (url() && !failed()) {
      <img
        [src]="url()"
        alt=""
        decoding="async"
        [attr.loading]="size() === 'lg' ? null : 'lazy'"
        [attr.data-testid]="testId()"
        (error)="failed.set(true)"
      />
    } @else {
      <span aria-hidden="true">{{ initials() }}</span>
    }
  `,
  styles: `
    :host {
      --avatar-size: 3.25rem;
      display: grid;
      place-items: center;
      flex: none;
      inline-size: var(--avatar-size);
      block-size: var(--avatar-size);
      overflow: hidden;
      border-radius: 50%;
      background: linear-gradient(135deg, var(--color-primary), var(--color-accent));
      color: #fff;
      font-weight: 800;
      font-size: calc(var(--avatar-size) * 0.38);
      letter-spacing: 0.02em;
    }
    :host(.expert-avatar--sm) {
      --avatar-size: 2.5rem;
    }
    :host(.expert-avatar--lg) {
      --avatar-size: clamp(5.5rem, 16vw, 7.5rem);
      box-shadow: var(--shadow-lg);
    }
    img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpertAvatar {
  readonly name = input.required<string>();
  readonly url = input<string | null>(null);
  readonly size = input<'sm' | 'md' | 'lg'>('md');
  /** `data-testid` of the image (only rendered when there is one). */
  readonly testId = input<string | null>(null);

  /** Reset when the URL changes, so a new photo gets its chance. */
  protected readonly failed = linkedSignal({ source: this.url, computation: () => false });
  protected readonly initials = computed(() => initialsOf(this.name()));
}

/** "Laura Martín Ruiz" → "LM"; "" → "?". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w)[0]?.toLocaleUpperCase() ?? '').join('') || '?';
}
