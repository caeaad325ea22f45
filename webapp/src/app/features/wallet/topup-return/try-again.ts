import { Params } from '@angular/router';

import { Topup } from '../../../core/payments/payments.model';
import { TopupReturn } from '../../../core/payments/topup-return';

/** A link to add-funds for the same amount and currency, leading back to the same place. */
export interface TryAgainLink {
  readonly queryParams: Params;
  readonly state: { returnLabel?: string };
}

export function tryAgainLink(topup: Topup, back: TopupReturn | null): TryAgainLink {
  return {
    queryParams: {
      amount: topup.amount,
      currency: topup.currency,
      ...(back ? { returnTo: back.path } : {}),
    },
    state: back?.label ? { returnLabel: back.label } : {},
  };
}
