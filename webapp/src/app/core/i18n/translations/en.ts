/**
 * English UI strings. This object is the reference shape: every other language
 * must provide exactly the same keys (enforced by the `Translations` type).
 */
export const EN = {
  app: {
    name: 'SkillFast',
    skipToContent: 'Skip to main content',
    brandHome: 'SkillFast, go to home page',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    about: 'About',
  },
  lang: {
    label: 'Language',
    es: 'Español',
    en: 'English',
  },
  titles: {
    landing: 'Live consultations with experts',
    about: 'About',
    notFound: 'Page not found',
  },
  footer: {
    rights: 'SkillFast',
    version: 'Version {{version}}',
    tagline: 'Expert advice, live and by the minute.',
  },
  landing: {
    eyebrow: 'Live expert desk',
    title: 'Talk to the right expert, live, in minutes',
    lead: 'Find an expert, consult them live by chat, audio or video, and pay only for the minutes you use.',
    ctaHowItWorks: 'See how it works',
    ctaAbout: 'Learn more',
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
  },
  about: {
    title: 'About SkillFast',
    lead: 'SkillFast is a self-hosted expert desk: clients find experts and consult them live, paying per minute.',
    what: {
      title: 'What is SkillFast?',
      text: 'A platform your organisation runs on its own servers. It connects people who need advice with experts who can give it right now, over the channel that fits best, and bills the exact time spent.',
    },
    roles: {
      title: 'Roles',
      client: {
        title: 'Client',
        text: 'Searches for experts, starts live consultations and pays only for the minutes used.',
      },
      expert: {
        title: 'Expert',
        text: 'Publishes a profile, skills and a per-minute rate, and answers consultations live.',
      },
      admin: {
        title: 'Administrator',
        text: 'Runs the platform: manages users, experts, rates and keeps the service healthy.',
      },
    },
    channels: {
      title: 'Channels',
      chat: {
        title: 'Chat',
        text: 'Real-time text messages, ideal for quick questions and sharing details.',
      },
      audio: {
        title: 'Audio',
        text: 'A voice call straight from the browser when talking is faster than typing.',
      },
      video: {
        title: 'Video',
        text: 'Face to face when you need to show something or build trust.',
      },
    },
    system: {
      title: 'System information',
    },
  },
  info: {
    title: 'Server',
    loading: 'Checking system status…',
    online: 'Online',
    name: 'Name',
    version: 'Version',
    database: 'Database',
    databaseMode: {
      EMBEDDED: 'embedded database (demo/single server)',
      EXTERNAL: 'external MongoDB',
      unknown: 'unknown ({{mode}})',
    },
    retry: 'Retry',
    errorTitle: 'Could not load the system status',
  },
  errors: {
    network: 'The server could not be reached. Check your connection and try again.',
    timeout: 'The server took too long to answer. Please try again.',
    badRequest: 'The request was not valid.',
    unauthorized: 'You need to sign in to do this.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'The requested resource was not found.',
    conflict: 'The request conflicts with the current state. Reload and try again.',
    tooManyRequests: 'Too many requests. Please wait a moment and try again.',
    server: 'The server had a problem. Please try again later.',
    unavailable: 'The service is temporarily unavailable. Please try again later.',
    generic: 'Something went wrong. Please try again.',
  },
  notFound: {
    code: '404',
    title: 'Page not found',
    text: 'The page you are looking for does not exist or has moved.',
    home: 'Back to home',
  },
};

/** Same tree as {@link EN}, with every leaf a string. */
export type Translations = DeepStrings<typeof EN>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
