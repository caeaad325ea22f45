/**
 * English texts of words every feature uses: roles, channels, presence, verification and session
 * states, form messages, the confirm dialog, error messages, the system info card, loading data and
 * paging lists.
 */
export const COMMON_EN = {
  roles: {
    CLIENT: 'Client',
    EXPERT: 'Expert',
    ADMIN: 'Administrator',
  },
  channels: {
    CHAT: 'Chat',
    AUDIO: 'Audio call',
    VIDEO: 'Video call',
  },
  presence: {
    ONLINE: 'Online',
    BUSY: 'Busy',
    OFFLINE: 'Offline',
  },
  verification: {
    PENDING: 'Pending review',
    VERIFIED: 'Verified',
    REJECTED: 'Rejected',
  },
  sessionStates: {
    REQUESTED: 'Waiting for answer',
    ACTIVE: 'In progress',
    DECLINED: 'Declined',
    EXPIRED: 'Expired',
    CANCELLED: 'Cancelled',
    ENDED: 'Ended',
  },
  form: {
    required: 'This field is required.',
    email: 'Enter a valid e-mail address, like name@example.com.',
    passwordLength: 'Use between {{min}} and {{max}} characters.',
    displayNameLength: 'Use between 1 and {{max}} characters.',
    passwordMismatch: 'The passwords do not match.',
    newPassword: 'New password',
    newPasswordHint: 'Between {{min}} and {{max}} characters.',
    confirmPassword: 'Repeat the new password',
    tooManyAttempts: 'Too many attempts, try again in {{seconds}} s.',
    errorSummary: 'Please correct the highlighted fields.',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    maxLength: 'Use at most {{max}} characters.',
    counter: '{{count}} / {{max}}',
    tags: {
      remove: 'Remove {{tag}}',
      tooLong: 'Each item can have at most {{max}} characters.',
      full: 'You can add at most {{max}}.',
    },
  },
  confirm: {
    cancel: 'Cancel',
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
  load: {
    retry: 'Retry',
  },
  pager: {
    label: 'Pages',
    page: 'Page {{page}} of {{pages}}',
    prev: 'Previous',
    next: 'Next',
  },
};
