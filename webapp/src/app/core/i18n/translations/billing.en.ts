/**
 * English texts of billing in a session: cost meter, low balance, receipt (`core/billing`, the
 * room's billing).
 */
export const BILLING_EN = {
  billing: {
    perMinute: '/min',
    perUnit: '/{{seconds}} s',
    meter: {
      title: 'Cost of this session',
      minutes: 'Minutes',
      cost: 'Cost so far',
      balance: 'Your balance left',
      clientBalance: "Client's balance left",
      unknown: 'Not known yet',
      rate: 'Rate',
      free: 'Free minutes',
      next: 'Next minute starts in {{time}}',
    },
    low: {
      title: 'Your balance is running out',
      titleOther: "The client's balance is running out",
      text: 'You have {{balance}} left. The session will end in {{time}} for lack of funds.',
      textOther: 'The session will end in {{time}} for lack of funds.',
      endsIn: 'Ends in',
    },
    receipt: {
      title: 'Receipt',
      duration: 'Duration',
      minutes: 'Minutes billed',
      free: 'Free minutes',
      paid: 'Paid minutes',
      rate: 'Rate',
      total: 'Total charged',
      totalPaid: 'Paid by the client',
      commission: 'Platform commission ({{percent}} %)',
      earning: 'Your earning',
      expertEarning: "Expert's earning",
      loading: 'Preparing the receipt…',
      pending: 'The receipt is not ready yet.',
      errorTitle: 'Could not load the receipt',
      retry: 'Try again',
    },
  },
};
