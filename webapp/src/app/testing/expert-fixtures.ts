import { Category, ExpertProfile, ExpertSummary } from '../core/experts/expert.model';

/** A category as the API returns it. */
export function testCategory(overrides: Partial<Category> = {}): Category {
  return {
    slug: 'tax',
    name: { es: 'Asesoría fiscal', en: 'Tax advice' },
    description: { es: 'Declaraciones, IVA y más', en: 'Returns, VAT and more' },
    order: 0,
    active: true,
    expertCount: 3,
    ...overrides,
  };
}

/** An expert card as the search API returns it. */
export function testExpert(overrides: Partial<ExpertSummary> = {}): ExpertSummary {
  return {
    id: 'e-1',
    displayName: 'Laura Martín',
    headline: 'Tax advisor for freelancers',
    avatarUrl: null,
    skills: ['VAT', 'Income tax'],
    categories: ['tax'],
    languages: ['es', 'en'],
    currency: 'EUR',
    rates: { CHAT: 150, VIDEO: 250 },
    freeMinutes: 0,
    rating: { average: 0, count: 0 },
    presence: 'ONLINE',
    ...overrides,
  };
}

/** A full expert profile. */
export function testProfile(overrides: Partial<ExpertProfile> = {}): ExpertProfile {
  return {
    ...testExpert(),
    bio: 'Ten years helping freelancers.\nAsk me anything about VAT.',
    timeZone: 'Europe/Madrid',
    status: 'VERIFIED',
    statusReason: null,
    available: true,
    ...overrides,
  };
}
