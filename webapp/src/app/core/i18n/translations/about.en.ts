/** English texts of the about page (`features/about`). */
export const ABOUT_EN = {
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
};
