/** English texts of the landing page (`features/landing`). */
export const LANDING_EN = {
  landing: {
    eyebrow: 'Live expert desk',
    title: 'Talk to the right expert, live, in minutes',
    lead: 'Find an expert, consult them live by chat, audio or video, and pay only for the minutes you use.',
    ctaHowItWorks: 'See how it works',
    ctaAbout: 'Learn more',
    desk: {
      text: 'Not sure whom to ask? Describe your problem and the first free expert picks it up.',
      cta: 'Ask the desk',
    },
    highlights: {
      label: 'Why SkillFast',
      live: 'Live answers, no waiting for emails',
      channels: 'Chat, audio or video: you choose',
      fair: 'Per-minute billing, no subscriptions',
    },
    preview: {
      label: 'Example of a live consultation',
      expertName: 'Laura M.',
      expertSkill: 'Tax advisor',
      live: 'Live',
      rate: '€1.20 / min',
      elapsed: 'Elapsed',
      cost: 'Cost so far',
      costValue: '€9.00',
    },
    how: {
      title: 'How it works',
      lead: 'From question to answer in five simple steps.',
      steps: {
        search: {
          title: 'Search',
          text: 'Browse experts by skill, language, rating and price per minute.',
        },
        channel: {
          title: 'Choose a channel',
          text: 'Pick chat, audio or video — whatever suits your question.',
        },
        connect: {
          title: 'Connect live',
          text: 'Start the consultation right in your browser, no installs needed.',
        },
        pay: {
          title: 'Pay per minute',
          text: 'The meter runs only while you are connected. Stop whenever you like.',
        },
        review: {
          title: 'Review',
          text: 'Rate the expert and help others find the best advice.',
        },
      },
    },
    status: {
      title: 'System status',
      lead: 'Live information from the SkillFast server.',
    },
    search: {
      label: 'What do you need help with?',
      placeholder: 'e.g. tax return, React, labour law',
      submit: 'Search experts',
    },
    categories: {
      title: 'Browse by category',
      lead: 'Experts grouped by field. Pick one to see who can help you.',
      all: 'See all experts',
      experts: '{{count}} experts',
      expertsOne: '1 expert',
      loading: 'Loading categories…',
      empty: 'There are no categories yet.',
      errorTitle: 'Could not load the categories',
      retry: 'Retry',
    },
    featured: {
      title: 'Experts online now',
      lead: 'Top-rated experts available for a live consultation right now.',
      loading: 'Loading the experts online…',
      empty: 'No experts are online right now.',
      emptyHint: 'Browse all experts and see who can help you later.',
      browse: 'Browse all experts',
      errorTitle: 'Could not load the experts online',
      retry: 'Retry',
    },
  },
};
