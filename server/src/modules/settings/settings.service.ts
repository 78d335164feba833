import type { EntityManager } from '@mikro-orm/core';
import { badInput } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { AuditService } from '../audit/audit.service.js';
import { Role } from '../roles/role.entity.js';
import { User } from '../users/user.entity.js';
import { DEFAULT_SETTINGS, type DeskSettings, type SettingsGroup, type SettingsPatch, settingsProblems } from './desk-settings.js';
import { Setting } from './setting.entity.js';

/** Every stored key, `group.field`. */
const KEYS = Object.entries(DEFAULT_SETTINGS).flatMap(([group, fields]) => Object.keys(fields).map((field) => `${group}.${field}`));

/**
 * The settings as every feature reads them: the defaults, overlaid with what administrators saved. One
 * statement on the primary key; read where a setting applies (sign-in, a new conversation), never cached, so
 * a change applies at once on every instance.
 */
export async function readSettings(em: EntityManager): Promise<DeskSettings> {
  // Refreshed: a long-lived EntityManager must not answer with what it read before.
  const rows = await em.find(Setting, { key: { $in: KEYS } }, { refresh: true });
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, Record<string, unknown>>;
  for (const row of rows) {
    const [group, field] = row.key.split('.');
    if (row.value !== null && row.value !== undefined) settings[group][field] = row.value;
  }
  return settings as unknown as DeskSettings;
}

/** Changing the settings: validated as a whole, saved in one transaction, audited with before and after. */
export class SettingsService {
  constructor(private readonly audit: AuditService) {}

  read(em: EntityManager): Promise<DeskSettings> {
    return readSettings(em);
  }

  /** When and by whom the settings last changed (null while all are defaults). */
  async lastChange(em: EntityManager): Promise<{ at: Date; by: User | null } | null> {
    const [latest] = await em.find(Setting, { key: { $in: KEYS } }, { orderBy: { updatedAt: 'desc' }, limit: 1, populate: ['updatedBy'] });
    return latest ? { at: latest.updatedAt, by: latest.updatedBy?.getEntity() ?? null } : null;
  }

  async update(em: EntityManager, viewer: Viewer, patch: SettingsPatch, origin: RequestOrigin): Promise<DeskSettings> {
    const roleKeys = new Set((await em.find(Role, {}, { fields: ['key'] })).map((role) => role.key));
    const problems = settingsProblems(patch, roleKeys);
    if (problems.length > 0) throw badInput(problems);
    return em.transactional(async (tx) => {
      const before = await readSettings(tx);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const [group, fields] of Object.entries(patch) as Array<[SettingsGroup, Record<string, unknown> | null | undefined]>) {
        for (const [field, value] of Object.entries(fields ?? {})) {
          if (value === undefined || value === null) continue;
          const from = (before[group] as Record<string, unknown>)[field];
          if (JSON.stringify(from) === JSON.stringify(value)) continue;
          const key = `${group}.${field}`;
          changes[key] = { from, to: value };
          const row = await tx.findOne(Setting, { key });
          const updatedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
          if (row) {
            row.value = value;
            row.updatedBy = updatedBy;
          } else {
            tx.create(Setting, { key, value, updatedBy });
          }
        }
      }
      if (Object.keys(changes).length === 0) return before;
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'settings.update',
        targetType: 'Settings',
        detail: changes,
        ...origin,
      });
      return readSettings(tx);
    });
  }
}
