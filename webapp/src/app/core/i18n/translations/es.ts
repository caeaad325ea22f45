import { mergeTranslations } from '../merge-translations';
import { Translations } from './en';
import { SHELL_ES } from './shell.es';
import { COMMON_ES } from './common.es';
import { LANDING_ES } from './landing.es';
import { ABOUT_ES } from './about.es';
import { AUTH_ES } from './auth.es';
import { PROFILE_ES } from './profile.es';
import { EXPERTS_ES } from './experts.es';
import { EXPERT_PROFILE_ES } from './expert-profile.es';
import { SESSIONS_ES } from './sessions.es';
import { BILLING_ES } from './billing.es';
import { WALLET_ES } from './wallet.es';
import { EARNINGS_ES } from './earnings.es';
import { REVIEWS_ES } from './reviews.es';
import { PAYMENTS_ES } from './payments.es';
import { PAYOUTS_ES } from './payouts.es';
import { DESK_ES } from './desk.es';
import { COST_CENTRES_ES } from './cost-centres.es';

/** The Spanish bundle: the same files as {@link EN}, so exactly its keys (checked by the compiler). */
export const ES: Translations = mergeTranslations(
  SHELL_ES,
  COMMON_ES,
  LANDING_ES,
  ABOUT_ES,
  AUTH_ES,
  PROFILE_ES,
  EXPERTS_ES,
  EXPERT_PROFILE_ES,
  SESSIONS_ES,
  BILLING_ES,
  WALLET_ES,
  EARNINGS_ES,
  REVIEWS_ES,
  PAYMENTS_ES,
  PAYOUTS_ES,
  DESK_ES,
  COST_CENTRES_ES,
);
