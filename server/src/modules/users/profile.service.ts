import type { EntityManager } from '@mikro-orm/core';
import { badInput } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ViewerCache } from '../auth/viewer-cache.js';
import { User } from './user.entity.js';
import type { UpdateProfileInput } from './user.inputs.js';

/** A person's own profile: display name and language. */
export class ProfileService {
  constructor(
    private readonly audit: AuditService,
    private readonly viewers: ViewerCache,
  ) {}

  async update(em: EntityManager, viewer: Viewer, input: UpdateProfileInput, origin: RequestOrigin): Promise<User> {
    const user = await em.findOneOrFail(User, { id: viewer.user.id });
    const changes: Record<string, { from: string; to: string }> = {};
    if (input.displayName !== undefined && input.displayName !== null) {
      const displayName = input.displayName.trim();
      if (!displayName) throw badInput([{ field: 'displayName', message: 'Name must not be blank.', code: 'blank' }]);
      if (displayName !== user.displayName) changes.displayName = { from: user.displayName, to: displayName };
      user.displayName = displayName;
    }
    if (input.locale && input.locale !== user.locale) {
      changes.locale = { from: user.locale, to: input.locale };
      user.locale = input.locale;
    }
    if (Object.keys(changes).length === 0) return user;
    await em.flush();
    await this.viewers.invalidate(user.id);
    this.audit.recordLater(em, {
      actorId: user.id,
      action: 'user.profile_update',
      targetType: 'User',
      targetId: user.id,
      detail: changes,
      ...origin,
    });
    return user;
  }
}
