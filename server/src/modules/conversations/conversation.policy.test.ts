import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../graphql/viewer.js';
import { BUILT_IN_ROLES, type Permission } from '../../permissions/catalogue.js';
import type { User } from '../users/user.entity.js';
import { type ConversationFacts, mayAssign, mayTransfer } from './conversation.policy.js';
import { ConversationStatus } from './conversation-status.js';

const viewerOf = (role: keyof typeof BUILT_IN_ROLES, id = `${role}-1`): Viewer => ({
  user: { id } as User,
  permissions: new Set<Permission>(BUILT_IN_ROLES[role].permissions),
  via: 'session',
  scopes: null,
  teamIds: [],
});

const facts = (status: ConversationStatus, assigneeId: string | null = null): ConversationFacts => ({
  status,
  customerId: 'customer-1',
  assigneeId,
  transferTargetId: null,
  teamId: null,
});

describe('mayAssign', () => {
  it.each([
    ['admin', ConversationStatus.PENDING, true],
    ['admin', ConversationStatus.IN_PROGRESS, true],
    ['admin', ConversationStatus.TRANSFERRED, true],
    ['admin', ConversationStatus.COMPLETED, false],
    ['agent', ConversationStatus.PENDING, false],
    ['agent', ConversationStatus.IN_PROGRESS, false],
    ['customer', ConversationStatus.PENDING, false],
  ] as const)('%s, %s conversation → %s', (role, status, expected) => {
    expect(mayAssign(viewerOf(role), facts(status, status === ConversationStatus.PENDING ? null : 'agent-2'))).toBe(expected);
  });

  it('follows the permission, not the role name: an API token scoped without `conversation:assign` may not', () => {
    const admin = viewerOf('admin');
    const scoped: Viewer = {
      ...admin,
      via: 'apiToken',
      permissions: new Set<Permission>(['conversation:read:any', 'conversation:handle']),
    };
    expect(mayAssign(scoped, facts(ConversationStatus.PENDING))).toBe(false);
  });
});

describe('mayTransfer', () => {
  it('lets the owner hand it on, and whoever may assign move anyone’s', () => {
    const owned = facts(ConversationStatus.IN_PROGRESS, 'agent-1');
    expect(mayTransfer(viewerOf('agent', 'agent-1'), owned)).toBe(true);
    expect(mayTransfer(viewerOf('agent', 'agent-2'), owned)).toBe(false);
    expect(mayTransfer(viewerOf('admin'), owned)).toBe(true);
  });
});
