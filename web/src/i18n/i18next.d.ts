import 'i18next';
import type { adminConfigEn } from './adminConfig.en';
import type { en } from './en';
import type { twoFactorEn } from './twoFactor.en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // twoFactor.* arrives with the two-factor screens (./twoFactor.ts) and adminConfig.* with the roles, settings
    // and audit pages (./adminConfig.ts), typed here like the rest.
    resources: { translation: typeof en & { twoFactor: typeof twoFactorEn; adminConfig: typeof adminConfigEn } };
  }
}
