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
      forgotPassword: 'Forgot your password?',
      noMethod:
        'Signing in is not available on this desk right now. Please contact an administrator.',
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
      closedTitle: 'Sign-up is done through your company sign-in',
      closed:
        'Accounts on this desk are not created with a form: sign in with your company account and your SkillFast account is set up automatically.',
      closedNoSso: 'New accounts cannot be created here. Ask an administrator for access.',
    },
    options: {
      loading: 'Loading the sign-in options…',
      errorTitle: 'Could not check the sign-in options',
    },
    sso: {
      button: 'Sign in with {{label}}',
      buttonGeneric: 'Sign in with your company account',
      redirecting: 'Opening the company sign-in…',
      or: 'or',
      errors: {
        denied:
          'Sign-in was cancelled, or the permission SkillFast asked for was refused at the company sign-in. You can try again.',
        unknown_user:
          'The company sign-in did not tell us who you are (no e-mail address or account id). Ask your administrator to check your account there.',
        wrong_audience:
          'The company sign-in answered for another application. Ask your administrator to check the single sign-on set-up.',
        invalid_token:
          'The answer of the company sign-in could not be verified (it was expired or not valid). Please try again.',
        state: 'That sign-in attempt expired or was not started here. Please try again.',
        suspended: 'Your SkillFast account is suspended. Please contact an administrator.',
        provider_error: 'The company sign-in reported an error. Please try again later.',
        unavailable: 'The company sign-in could not be reached. Please try again in a few minutes.',
      },
    },
    ssoCallback: {
      title: 'Signing you in…',
      wait: 'Just a moment: we are finishing your sign-in.',
      errorTitle: 'We could not finish signing you in',
      retry: 'Try again',
      back: 'Back to sign in',
    },
    forgot: {
      title: 'Forgot your password?',
      lead: 'Enter the e-mail address of your account and we will send you a link to choose a new password.',
      submit: 'Send reset link',
      submitting: 'Sending…',
      sent: 'If an account exists for {{email}}, we have sent a link to that address. It is valid for {{minutes}} minutes.',
      sentHint: 'Nothing yet? Check your spam folder, or ask for another link.',
      again: 'Send another link',
      noMail:
        'This SkillFast desk does not send e-mail, so no reset link can be sent to you. Please ask an administrator for a password reset link.',
      noLocalLogin: 'This desk does not use passwords: sign in with your company account instead.',
      back: 'Back to sign in',
    },
    reset: {
      title: 'Choose a new password',
      lead: 'Choose a new password for your SkillFast account.',
      submit: 'Set new password',
      submitting: 'Saving…',
      done: 'Your password has been changed and every existing sign-in has ended. Sign in with your new password.',
      signIn: 'Sign in',
      missingTokenTitle: 'This reset link is incomplete',
      missingToken: 'Open the link from the e-mail again (all of it), or ask for a new one.',
      requestNew: 'Ask for a new link',
    },
  },
};
