/** English texts of sign-in and sign-up (`features/auth`). */
export const AUTH_EN = {
  auth: {
    email: 'E-mail',
    password: 'Password',
    login: {
      title: 'Sign in',
      lead: 'Welcome back. Sign in to consult experts or to answer your consultations.',
      submit: 'Sign in',
      submitting: 'Signing in…',
      switchQuestion: 'New to SkillFast?',
      switchLink: 'Create an account',
    },
    register: {
      title: 'Create your account',
      lead: 'It takes less than a minute. You can change your name and language later.',
      passwordHint: 'Between {{min}} and {{max}} characters.',
      displayName: 'Your name',
      displayNameHint: 'This is how experts and clients will see you.',
      roleLegend: 'How will you use SkillFast?',
      client: {
        title: 'I need advice',
        text: 'Find experts and consult them live. You only pay for the minutes you use.',
      },
      expert: {
        title: 'I am an expert',
        text: 'Share your know-how in live consultations and get paid by the minute.',
      },
      submit: 'Create account',
      submitting: 'Creating your account…',
      switchQuestion: 'Already have an account?',
      switchLink: 'Sign in',
      createdPleaseSignIn: 'Your account has been created. Please sign in.',
    },
  },
};
