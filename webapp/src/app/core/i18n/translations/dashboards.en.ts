/**
 * English texts of the dashboards' shared parts (the period form) and of `/dashboard` (an
 * expert's figures, a client's spending). Not in the initial bundle: see `dashboards.ts`.
 */
export const DASHBOARDS_EN = {
  dashboards: {
    range: 'From {{from}} to {{to}}, amounts in {{currency}}',
    figures: 'Figures as a table',
    period: {
      label: 'Period',
      preset: 'Period',
      from: 'From',
      to: 'To',
      apply: 'Apply',
      hint: 'Days in UTC, both included.',
      invalid: 'Choose a start date on or before the end date.',
      presets: {
        days7: 'Last 7 days',
        days30: 'Last 30 days',
        days90: 'Last 90 days',
        months3: 'Last 3 months',
        months6: 'Last 6 months',
        months12: 'Last 12 months',
        months24: 'Last 24 months',
        weeks4: 'Last 4 weeks',
        weeks12: 'Last 12 weeks',
        weeks26: 'Last 26 weeks',
        weeks52: 'Last 52 weeks',
        custom: 'Custom dates',
      },
    },
    expert: {
      eyebrow: 'Expert',
      title: 'Your dashboard',
      lead: 'Your sessions, earnings and ratings week by week.',
      loading: 'Loading your figures…',
      errorTitle: 'Could not load your dashboard',
      empty: 'No sessions or reviews in this period',
      emptyHint: 'Choose a longer period, or come back after your next consultations.',
      sessions: 'Sessions',
      minutes: 'Minutes',
      earnings: 'Earnings',
      rating: 'Average rating',
      reviews: 'Reviews',
      week: 'Week of',
      weekAverage: 'Average that week',
      cumulative: 'Average so far',
      earningsTitle: 'Earnings and minutes per week',
      earningsLabel:
        'Bar chart of your earnings per week over {{count}} weeks, with your minutes as a line. The figures are in the table under it.',
      ratingTitle: 'Rating over time',
      ratingLabel:
        'Line chart of your average rating per week and of your average so far, over {{count}} weeks. The figures are in the table under it.',
    },
    client: {
      eyebrow: 'Client',
      title: 'Your spending',
      lead: 'What you spent on consultations, month by month and expert by expert.',
      loading: 'Loading your figures…',
      errorTitle: 'Could not load your dashboard',
      empty: 'No sessions in this period',
      emptyHint: 'Choose a longer period, or find an expert to talk to.',
      sessions: 'Sessions',
      minutes: 'Minutes',
      spent: 'Spent',
      month: 'Month',
      expert: 'Expert',
      monthsTitle: 'Spending per month',
      monthsLabel:
        'Bar chart of your spending per month over {{count}} months. The figures are in the table under it.',
      expertsTitle: 'Spending per expert',
      expertsLabel:
        'Bar chart of your spending with each of {{count}} experts. The figures are in the table under it.',
    },
  },
};
