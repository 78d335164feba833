import { i18n } from './index';
import { twoFactorEn } from './twoFactor.en';
import { twoFactorZhCN } from './twoFactor.zh-CN';

// Imported for its effect by the two-factor screens (all loaded lazily): adds their strings to both languages
// under `twoFactor.*` of the usual namespace, so `t('twoFactor.…')` reads like any other key.
i18n.addResourceBundle('en', 'translation', { twoFactor: twoFactorEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { twoFactor: twoFactorZhCN }, true, true);
