/** English texts of the expert's earnings page (`features/earnings`). */
export const EARNINGS_EN = {
  earnings: {
    eyebrow: 'Expert area',
    title: 'Earnings',
    lead: 'What your consultations have earned you, net of the platform commission.',
    loading: 'Loading your earnings…',
    errorTitle: 'Could not load your earnings',
    available: 'Available',
    lifetime: 'Earned in total',
    sessions: 'Paid sessions',
    empty: 'No paid sessions yet.',
    emptyHint: 'Sessions appear here once their minutes have been charged.',
    caption: 'Paid sessions',
    date: 'Date',
    client: 'Client',
    channel: 'Channel',
    duration: 'Duration',
    paidMinutes: 'Paid minutes',
    earned: 'Earned',
    summary: '{{from}}–{{to}} of {{total}} sessions',
  },
};
