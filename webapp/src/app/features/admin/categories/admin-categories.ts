import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, catchError, map, of, switchMap, tap } from 'rxjs';

import { Category, SLUG_MAX, SLUG_MIN, SLUG_PATTERN } from '../../../core/experts/expert.model';
import { localized } from '../../../core/experts/localized';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { LocalizedPipe } from '../../../shared/experts/expert-pipes';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { notBlank } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';
import { AdminCategoriesService } from './admin-categories.service';
import { SLUG_LIMITS, categoryFieldMessage } from './category-messages';
import { CategoryTexts } from './category-texts';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';

/** Inline feedback after a change: server text, or a translation key with params. */
interface Notice {
  tone: 'success' | 'danger';
  text?: string;
  key: string;
  params?: Record<string, unknown>;
}

/**
 * `/admin/categories`: every category (inactive ones too) in display order, with a create form,
 * inline editing of the names and descriptions in both languages, activate/deactivate, and
 * move up/down (which saves the whole new order).
 */
@Component({
  selector: 'app-admin-categories',
  imports: [
    PageHero,
    PageNotice,
    SubmitButton,
    CategoryTexts,
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    LocalizedPipe,
  ],
  templateUrl: './admin-categories.html',
  styleUrl: './admin-categories.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminCategories {
  private readonly api = inject(AdminCategoriesService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly createElement = viewChild<ElementRef<HTMLFormElement>>('createEl');
  private readonly editElement = viewChild<ElementRef<HTMLFormElement>>('editEl');
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly slugLimits = SLUG_LIMITS;
  protected readonly fieldMessage = categoryFieldMessage;
  protected readonly items = signal<Category[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UserMessage | null>(null);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly reordering = signal(false);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly editing = signal<string | null>(null);

  protected readonly createForm = this.fb.group({
    slug: [
      '',
      [
        Validators.required,
        Validators.minLength(SLUG_MIN),
        Validators.maxLength(SLUG_MAX),
        Validators.pattern(SLUG_PATTERN),
      ],
    ],
    nameEs: ['', [Validators.required, notBlank]],
    nameEn: ['', [Validators.required, notBlank]],
    descriptionEs: [''],
    descriptionEn: [''],
  });
  protected readonly createFeedback = new FormFeedback();

  protected readonly editForm = this.fb.group({
    nameEs: ['', [Validators.required, notBlank]],
    nameEn: ['', [Validators.required, notBlank]],
    descriptionEs: [''],
    descriptionEn: [''],
  });
  protected readonly editFeedback = new FormFeedback();

  constructor() {
    this.reload$
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
        }),
        switchMap(() =>
          this.api.list().pipe(
            map((items) => ({ items, error: null })),
            catchError((error: unknown) => of({ items: null, error: toUserMessage(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ items, error }) => {
        this.loading.set(false);
        this.loadError.set(error);
        if (items) {
          this.items.set(items);
        }
      });
  }

  protected retry(): void {
    this.reload$.next();
  }

  protected create(): void {
    this.notice.set(null);
    if (!this.createFeedback.start(this.createForm, () => this.createElement()?.nativeElement)) {
      return;
    }
    const v = this.createForm.getRawValue();
    this.api
      .create({
        slug: v.slug.trim(),
        name: { es: v.nameEs.trim(), en: v.nameEn.trim() },
        description: { es: v.descriptionEs.trim(), en: v.descriptionEn.trim() },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (category) => {
          this.createFeedback.succeed();
          this.createForm.reset();
          this.items.update((items) => [...(items ?? []), category]);
          this.notice.set({
            tone: 'success',
            key: 'admin.categories.created',
            params: { name: localized(category.name, this.lang()) },
          });
        },
        error: (error: unknown) => this.createFeedback.fail(error),
      });
  }

  protected startEdit(category: Category): void {
    this.notice.set(null);
    this.editFeedback.reset();
    this.editForm.reset({
      nameEs: category.name.es,
      nameEn: category.name.en,
      descriptionEs: category.description.es,
      descriptionEn: category.description.en,
    });
    this.editing.set(category.slug);
    afterNextRender(
      {
        write: () => this.editElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus(),
      },
      { injector: this.injector },
    );
  }

  protected cancelEdit(): void {
    const slug = this.editing();
    this.editing.set(null);
    if (slug) {
      this.focusInRow(slug, 'category-edit');
    }
  }

  protected saveEdit(category: Category): void {
    if (!this.editFeedback.start(this.editForm, () => this.editElement()?.nativeElement)) {
      return;
    }
    const v = this.editForm.getRawValue();
    this.api
      .update(category.slug, {
        name: { es: v.nameEs.trim(), en: v.nameEn.trim() },
        description: { es: v.descriptionEs.trim(), en: v.descriptionEn.trim() },
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.editFeedback.succeed();
          this.replace(updated);
          this.editing.set(null);
          this.notice.set({
            tone: 'success',
            key: 'admin.categories.saved',
            params: { name: localized(updated.name, this.lang()) },
          });
          this.focusInRow(updated.slug, 'category-edit');
        },
        error: (error: unknown) => this.editFeedback.fail(error),
      });
  }

  protected toggleActive(category: Category): void {
    this.notice.set(null);
    this.setBusy(category.slug, true);
    this.api
      .update(category.slug, { active: !category.active })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.setBusy(category.slug, false);
          this.replace(updated);
          this.notice.set({
            tone: 'success',
            key: updated.active ? 'admin.categories.activated' : 'admin.categories.deactivated',
            params: { name: localized(updated.name, this.lang()) },
          });
        },
        error: (error: unknown) => {
          this.setBusy(category.slug, false);
          this.fail(error);
        },
      });
  }

  /** Moves a category one place up (-1) or down (+1) and saves the whole order. */
  protected move(index: number, delta: -1 | 1): void {
    const items = this.items();
    const target = index + delta;
    if (!items || target < 0 || target >= items.length || this.reordering()) {
      return;
    }
    this.notice.set(null);
    const slugs = items.map((c) => c.slug);
    [slugs[index], slugs[target]] = [slugs[target], slugs[index]];
    const moved = items[index];
    this.reordering.set(true);
    this.api
      .reorder(slugs)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (reordered) => {
          this.reordering.set(false);
          this.items.set(reordered);
          const position = reordered.findIndex((c) => c.slug === moved.slug) + 1;
          this.notice.set({
            tone: 'success',
            key: 'admin.categories.moved',
            params: { name: localized(moved.name, this.lang()), position },
          });
          this.focusInRow(moved.slug, delta < 0 ? 'category-move-up' : 'category-move-down');
        },
        error: (error: unknown) => {
          this.reordering.set(false);
          this.fail(error);
        },
      });
  }

  private fail(error: unknown): void {
    const message = toUserMessage(error);
    this.notice.set({ tone: 'danger', text: message.text, key: message.key });
  }

  private replace(updated: Category): void {
    this.items.update((items) =>
      items ? items.map((c) => (c.slug === updated.slug ? updated : c)) : items,
    );
  }

  private setBusy(slug: string, busy: boolean): void {
    this.busy.update((slugs) => {
      const next = new Set(slugs);
      if (busy) {
        next.add(slug);
      } else {
        next.delete(slug);
      }
      return next;
    });
  }

  /** Keeps keyboard focus on the row's button after the list re-renders (else its other move button). */
  private focusInRow(slug: string, testId: string): void {
    afterNextRender(
      {
        write: () => {
          const row = this.host.nativeElement.querySelector(
            `[data-testid="category-row"][data-slug="${slug}"]`,
          );
          const buttons = [testId, 'category-move-up', 'category-move-down', 'category-edit'].map(
            (id) => row?.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`),
          );
          buttons.find((b) => b && !b.disabled)?.focus();
        },
      },
      { injector: this.injector },
    );
  }
}
