import { adminPeopleEn } from './adminPeople.en';
import { adminPeopleZhCN } from './adminPeople.zh-CN';
import { i18n } from './index';

// Imported for its effect by the people and teams pages (both loaded lazily): adds their strings to both
// languages under `adminPeople.*` of the usual namespace, so `t('adminPeople.…')` reads like any other key.
i18n.addResourceBundle('en', 'translation', { adminPeople: adminPeopleEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { adminPeople: adminPeopleZhCN }, true, true);
