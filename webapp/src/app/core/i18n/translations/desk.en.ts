/**
 * English texts of "Ask the desk": the client's page (`features/desk`) and the expert's queue
 * (`features/expert/desk-queue`).
 */
export const DESK_EN = {
  desk: {
    eyebrow: 'Ask the desk',
    title: 'Ask the desk',
    lead: 'Describe your problem and wait in line: the first free expert of the category picks it and the consultation starts at once.',
    how: {
      title: 'How it works',
      describe: 'Choose a category and a channel, and describe your problem.',
      wait: 'Wait in the queue: you see your place and, when there is one, an estimated wait.',
      start:
        'An expert picks your request and the consultation opens by itself. You pay their price per minute, as in any consultation.',
    },
    categories: {
      loading: 'Loading the categories…',
      errorTitle: 'Could not load the categories',
      empty: 'There are no categories to ask in yet.',
    },
    form: {
      label: 'Your request',
      category: 'Category',
      categoryPlaceholder: 'Choose a category',
      channel: 'How do you want to talk?',
      description: 'Describe your problem',
      descriptionHint:
        'Plain text, at most {{max}} characters. The experts of the category read it before they pick a request.',
      descriptionPlaceholder: 'e.g. My laptop does not start after the last update.',
      counter: '{{count}} / {{max}}',
      submit: 'Join the queue',
      submitting: 'Joining…',
      alreadyWaiting:
        'You already have a request waiting at the desk, perhaps in another tab or window. Cancel it there, or wait until an expert picks it, before asking again.',
    },
    restore: {
      loading: 'Looking for your request…',
      errorTitle: 'Could not read your request',
    },
    waiting: {
      title: 'You are in the queue',
      position: 'You are number {{position}} in the queue',
      estimate: 'Estimated wait',
      live: 'This page updates by itself. When an expert picks your request, the consultation opens here.',
      summary: 'Your request',
      category: 'Category',
      channel: 'Channel',
      description: 'Problem',
      since:
        'Waiting since {{time}}. If nobody picks it, the request leaves the queue at {{expires}}.',
      cancel: 'Cancel request',
      cancelling: 'Cancelling…',
      confirmTitle: 'Leave the queue?',
      confirmText: 'You will lose your place in the queue.',
      confirmAction: 'Leave the queue',
    },
    wait: {
      none: 'No estimate yet',
      underMinute: 'Less than a minute',
      minute: 'About 1 min',
      minutes: 'About {{count}} min',
    },
    waited: {
      underMinute: 'Waiting for less than a minute',
      minute: 'Waiting for 1 min',
      minutes: 'Waiting for {{count}} min',
    },
    expired: {
      title: 'Nobody could take your request in time',
      text: 'It waited {{minutes}} minutes without an expert of the category picking it, so it left the queue. You have not been charged.',
      again: 'Ask again',
      findExpert: 'Find an expert yourself',
    },
    pickFailed: {
      title: 'An expert picked your request, but the consultation could not start',
      addFunds: 'Add funds',
      again: 'Ask again',
    },
    cancelled: 'Your request was cancelled: you have left the queue.',
    picked: 'An expert picked your request.',
    openSession: 'Go to the consultation',
    dismiss: 'Dismiss',
  },
  deskQueue: {
    eyebrow: 'Ask the desk',
    title: 'Desk queue',
    lead: 'Clients of your categories who wait for an expert, first come first. Pick a request and the consultation starts at once.',
    profile: {
      loading: 'Loading your categories…',
      errorTitle: 'Could not load your expert profile',
    },
    noProfile: 'Create your expert profile first',
    noProfileText: 'The desk shows the requests of your categories once your profile is verified.',
    noCategories: 'Your profile has no categories',
    noCategoriesText: 'Add categories to your profile to see their queues.',
    editProfile: 'Edit my expert profile',
    unverified:
      'Your profile is not verified yet: you will see and pick requests once an administrator verifies it.',
    category: {
      loading: 'Loading the queue…',
      errorTitle: 'Could not load this queue',
      empty: 'Nobody is waiting',
      emptyHint: 'New requests show up here as they arrive.',
      forbidden:
        'You are not a verified expert of this category, so you cannot see or pick its requests.',
      count: '{{count}} waiting',
      list: 'Waiting requests in {{category}}',
    },
    position: 'Number {{position}} in the queue',
    pick: 'Pick',
    pickLabel: 'Pick request from {{clientName}}',
    picking: 'Picking…',
    taken:
      'Someone else picked this request first, or the client left. The queue has been refreshed.',
    funds: 'The client cannot pay for this consultation, so the request has ended.',
    dismiss: 'Dismiss',
  },
};
