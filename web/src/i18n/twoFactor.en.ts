import type { DeepStrings } from './en';

/**
 * English strings of two-factor sign-in (`twoFactor.*` keys). Apart from en.ts because only the lazily loaded
 * two-factor screens use them: registered by ./twoFactor.ts, they stay out of the first visit (bundle budget).
 */
export const twoFactorEn = {
  title: 'Two-factor sign-in',
  description: 'Sign in with your password and a code from an authenticator app on your phone, so a stolen password alone is not enough.',
  on: 'On',
  setUp: 'Set up',
  enabledSince: 'On since {{date}}',
  codesLeft_one: '{{count}} recovery code left',
  codesLeft_other: '{{count}} recovery codes left',
  fewCodesLeft: 'Only a few recovery codes are left. Make new ones before you run out.',
  required: 'Your desk requires two-factor sign-in for your role, so it cannot be turned off.',
  newCodes: 'New recovery codes',
  turnOff: 'Turn off',
  turnedOn: 'Two-factor sign-in is on. You will be asked for a code when you sign in.',
  turnedOff: 'Two-factor sign-in is off.',
  loadError: 'We could not load your two-factor sign-in settings.',
  fields: {
    code: 'Authenticator code',
    codeHelp: 'The 6-digit code your authenticator app shows now.',
    recoveryCode: 'Recovery code',
    recoveryCodeHelp: 'One of the codes you saved, like ABCDE-FGHJK. Each works once.',
  },
  setup: {
    title: 'Set up two-factor sign-in',
    starting: 'Preparing your secret key…',
    scan: '1. Scan this QR code with an authenticator app, such as Google Authenticator, Microsoft Authenticator or 1Password.',
    qrLabel: 'QR code that adds this account to an authenticator app',
    manual: 'Can’t scan it? Enter this key in the app instead:',
    secretLabel: 'Secret key',
    copy: 'Copy key',
    copied: 'Copied',
    copyFailed: 'Copying failed: select the key and copy it by hand.',
    enterCode: '2. Enter the 6-digit code the app shows to finish.',
    submit: 'Turn on',
    submitting: 'Checking…',
  },
  recovery: {
    title: 'Save your recovery codes',
    intro:
      'If you lose your phone, each of these codes signs you in once instead of an authenticator code. They are shown only now: keep them somewhere safe, such as a password manager.',
    listLabel: 'Recovery codes',
    copy: 'Copy all',
    copied: 'Copied',
    copyFailed: 'Copying failed: select the codes and copy them by hand.',
    download: 'Download as text',
    fileHeader: 'Recovery codes for {{account}} ({{app}}). Each code works once.',
    saved: 'I have saved these codes somewhere safe',
    savedRequired: 'Confirm that you have saved the codes first.',
    done: 'Done',
    continue: 'Continue',
  },
  regenerate: {
    title: 'Make new recovery codes',
    body: 'Your current recovery codes stop working. Enter a code from your authenticator app to continue.',
    submit: 'Make new codes',
    submitting: 'Making…',
  },
  disable: {
    title: 'Turn off two-factor sign-in?',
    body: 'Your account will be protected by your password alone. Confirm with your password and an authenticator code.',
    submit: 'Turn off',
    submitting: 'Turning off…',
  },
  signIn: {
    title: 'Two-factor sign-in',
    subtitle: 'Enter the 6-digit code from your authenticator app.',
    recoverySubtitle: 'Enter one of the recovery codes you saved.',
    useRecovery: 'Use a recovery code instead',
    useApp: 'Use the authenticator app instead',
    submit: 'Verify',
    submitting: 'Verifying…',
    back: 'Back to sign in',
    expired: 'This sign-in has expired. Please enter your password again.',
    setupSubtitle: 'Your desk requires two-factor sign-in for your role. Set it up now to continue.',
  },
  errors: {
    codeRequired: 'Enter the 6-digit code.',
    codeFormat: 'The code has 6 digits.',
    recoveryCodeRequired: 'Enter a recovery code.',
    codeIncorrect: 'This code is incorrect or was already used. Wait for the next code and try again.',
    conflict: 'Your two-factor settings changed meanwhile. Close this and try again.',
    required: 'Your role requires two-factor sign-in, so it cannot be turned off.',
  },
};

/** The shape every language's two-factor strings must have. */
export type TwoFactorTranslation = DeepStrings<typeof twoFactorEn>;
