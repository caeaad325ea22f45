/** English texts of sign-in and sign-up (`features/auth`). */
export const AUTH_EN = {
  auth: {
    login: {
      title: 'Sign in',
      lead: 'Welcome back. Sign in to consult experts or to answer your consultations.',
      email: 'E-mail',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      noAccount: 'New to SkillFast?',
      createAccount: 'Create an account',
    },
    register: {
      title: 'Create your account',
      lead: 'It takes less than a minute. You can change your name and language later.',
      email: 'E-mail',
      password: 'Password',
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
      haveAccount: 'Already have an account?',
      signIn: 'Sign in',
      createdPleaseSignIn: 'Your account has been created. Please sign in.',
    },
  },
};
