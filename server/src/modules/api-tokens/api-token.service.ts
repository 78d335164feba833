import type { EntityManager } from '@mikro-orm/core';
import { badInput, forbidden, notFound } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { AuditService } from '../audit/audit.service.js';
import { API_TOKEN_PREFIX, hashToken, randomToken } from '../auth/tokens.js';
import type { ViewerCache } from '../auth/viewer-cache.js';
import { User } from '../users/user.entity.js';
import { ApiToken } from './api-token.entity.js';

const MAX_TOKENS_PER_USER = 50;
const REVOKED_SHOWN_MS = 30 * 24 * 3_600_000;

/** A viewer's own API tokens, managed only in a signed-in session: a token can neither mint nor revoke tokens. */
export class ApiTokenService {
  constructor(
    private readonly audit: AuditService,
    private readonly viewers: ViewerCache,
  ) {}

  /** Active tokens and those revoked in the last 30 days (older revocations are history, kept for the audit). */
  list(em: EntityManager, viewer: Viewer): Promise<ApiToken[]> {
    const recent = new Date(Date.now() - REVOKED_SHOWN_MS);
    return em.find(
      ApiToken,
      { user: viewer.user.id, $or: [{ revokedAt: null }, { revokedAt: { $gt: recent } }] },
      { orderBy: { createdAt: 'desc' }, limit: 200 },
    );
  }

  async create(
    em: EntityManager,
    viewer: Viewer,
    input: { name: string; scopes?: string[] | null; expiresAt?: Date | null },
    origin: RequestOrigin,
  ): Promise<{ token: string; apiToken: ApiToken }> {
    if (viewer.via !== 'session') throw forbidden('API tokens cannot create API tokens.');
    const name = input.name.trim();
    if (!name) throw badInput([{ field: 'name', message: 'Name must not be blank.', code: 'blank' }]);
    const scopes = [...new Set(input.scopes ?? [])];
    const unknown = scopes.filter((scope) => !viewer.permissions.has(scope as never));
    if (unknown.length > 0)
      throw badInput([{ field: 'scopes', message: `You cannot grant what you do not have: ${unknown.join(', ')}.`, code: 'notGrantable' }]);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
      throw badInput([{ field: 'expiresAt', message: 'Choose a time in the future.', code: 'inPast' }]);
    const usable = { user: viewer.user.id, revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }] };
    if ((await em.count(ApiToken, usable)) >= MAX_TOKENS_PER_USER) {
      throw badInput([{ field: 'name', message: `You can have at most ${MAX_TOKENS_PER_USER} active tokens.`, code: 'tooMany' }]);
    }
    const token = `${API_TOKEN_PREFIX}${randomToken()}`;
    const apiToken = em.create(ApiToken, {
      name,
      scopes,
      expiresAt: input.expiresAt ?? null,
      prefix: token.slice(0, 10),
      tokenHash: hashToken(token),
      user: em.getReference(User, viewer.user.id),
    });
    await em.flush();
    this.audit.recordLater(em, {
      actorId: viewer.user.id,
      action: 'apitoken.create',
      targetType: 'ApiToken',
      targetId: apiToken.id,
      detail: { name, scopes },
      ...origin,
    });
    return { token, apiToken };
  }

  async revoke(em: EntityManager, viewer: Viewer, id: string, origin: RequestOrigin): Promise<ApiToken> {
    // Someone else's token is "not found", not "forbidden": ids of other people's tokens are not confirmed.
    const apiToken = await em.findOne(ApiToken, { id, user: viewer.user.id });
    if (!apiToken) throw notFound('API token');
    if (!apiToken.revokedAt) {
      apiToken.revokedAt = new Date();
      await em.flush();
      await this.viewers.invalidate(viewer.user.id);
      this.audit.recordLater(em, {
        actorId: viewer.user.id,
        action: 'apitoken.revoke',
        targetType: 'ApiToken',
        targetId: apiToken.id,
        ...origin,
      });
    }
    return apiToken;
  }
}
