import { TranslationsOf, mergeTranslations } from '../merge-translations';
import { SHELL_EN } from './shell.en';
import { COMMON_EN } from './common.en';
import { LANDING_EN } from './landing.en';
import { ABOUT_EN } from './about.en';
import { AUTH_EN } from './auth.en';
import { PROFILE_EN } from './profile.en';
import { EXPERTS_EN } from './experts.en';
import { EXPERT_PROFILE_EN } from './expert-profile.en';
import { SESSIONS_EN } from './sessions.en';
import { BILLING_EN } from './billing.en';
import { WALLET_EN } from './wallet.en';
import { EARNINGS_EN } from './earnings.en';
import { REVIEWS_EN } from './reviews.en';
import { PAYMENTS_EN } from './payments.en';
import { PAYOUTS_EN } from './payouts.en';
import { DESK_EN } from './desk.en';
import { COST_CENTRES_EN } from './cost-centres.en';

/**
 * The English bundle, in the initial bundle: every feature's file merged (a top-level key defined by
 * two files is a compile error), but for the administration pages' (`admin-pages.ts`), which load
 * with the admin routes. English is the reference: each Spanish file is typed against its English
 * one.
 */
export const EN = mergeTranslations(
  SHELL_EN,
  COMMON_EN,
  LANDING_EN,
  ABOUT_EN,
  AUTH_EN,
  PROFILE_EN,
  EXPERTS_EN,
  EXPERT_PROFILE_EN,
  SESSIONS_EN,
  BILLING_EN,
  WALLET_EN,
  EARNINGS_EN,
  REVIEWS_EN,
  PAYMENTS_EN,
  PAYOUTS_EN,
  DESK_EN,
  COST_CENTRES_EN,
);

/** Same tree as {@link EN}, with every leaf a string. */
export type Translations = TranslationsOf<typeof EN>;
