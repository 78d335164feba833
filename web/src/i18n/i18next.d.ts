import 'i18next';
import type { adminConfigEn } from './adminConfig.en';
import type { adminPeopleEn } from './adminPeople.en';
import type { en } from './en';
import type { twoFactorEn } from './twoFactor.en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // twoFactor.* arrives with the two-factor screens (./twoFactor.ts), adminPeople.* with the people and teams
    // pages (./adminPeople.ts), adminConfig.* with the roles, settings and audit pages (./adminConfig.ts).
    resources: {
      translation: typeof en & { twoFactor: typeof twoFactorEn; adminPeople: typeof adminPeopleEn; adminConfig: typeof adminConfigEn };
    };
  }
}
