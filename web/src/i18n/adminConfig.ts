import { adminConfigEn } from './adminConfig.en';
import { adminConfigZhCN } from './adminConfig.zh-CN';
import { i18n } from './index';

// Imported for its effect by the roles, settings and audit log pages (all loaded lazily): adds their strings to
// both languages under `adminConfig.*` of the usual namespace, so `t('adminConfig.…')` reads like any other key.
i18n.addResourceBundle('en', 'translation', { adminConfig: adminConfigEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { adminConfig: adminConfigZhCN }, true, true);
