import { Directive, TemplateRef, inject, input } from '@angular/core';

import { Loadable } from '../../../core/http/load-each-query';
import { IconName } from '../icon/icon';

/**
 * What to show once the data is there: `<ng-template [appLoaded]="data" let-value>`. Names the
 * data to follow and types `let-…` as its result.
 */
@Directive({ selector: 'ng-template[appLoaded]' })
export class Loaded<R> {
  readonly source = input.required<Loadable<R>>({ alias: 'appLoaded' });
  readonly template = inject<TemplateRef<{ $implicit: R }>>(TemplateRef);

  static ngTemplateContextGuard<R>(_dir: Loaded<R>, context: unknown): context is { $implicit: R } {
    return true;
  }
}

/** A loading placeholder of its own (e.g. skeleton cards) instead of the spinner box. */
@Directive({ selector: 'ng-template[appLoading]' })
export class LoadingTemplate {
  readonly template = inject(TemplateRef);
}

/**
 * What an empty page of a paged list says, under its `icon`: a title, a hint, a button.
 * `<ng-template appListEmpty icon="wallet">`.
 */
@Directive({ selector: 'ng-template[appListEmpty]' })
export class ListEmpty {
  readonly icon = input.required<IconName>();
  readonly template = inject(TemplateRef);
}
