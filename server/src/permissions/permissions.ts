import type { IRules } from 'graphql-shield';
import { and, deny, or, shield } from 'graphql-shield';
import { forbidden } from '../graphql/errors.js';
import { allow, can, isPublic, isSessionUser, isSessionUserOrChallenge, ownerOnly, ownerOrUserReader, selfService } from './rules.js';

/** Reading conversations: the desk reads all, customers their own (the services narrow the rows). */
const readsConversations = or(can('conversation:read:any'), can('conversation:read:own'));
const handles = can('conversation:handle');
/** The tag list: whoever tags conversations or manages the tags. */
const readsTags = or(handles, can('tag:manage'));
/** The people and teams of the desk (the transfer and assign pickers, the admin pages). */
const readsUsers = can('user:read');

/**
 * The permission matrix: every root field and every object type, in schema order, one line each.
 * Anything missing is denied (fallbackRule), and a test fails when a field of schema.graphql has no entry here.
 * Row-level scoping (whose conversations, whose tokens) is the services' job; this matrix says who may call what.
 */
export const permissionMatrix = {
  Query: {
    me: isPublic,
    passwordStrength: isPublic,
    apiTokens: and(isSessionUser, can('apitoken:manage')),
    conversation: readsConversations,
    conversations: readsConversations,
    searchMessages: readsConversations,
    tags: readsTags,
    teams: readsUsers,
    replyTemplates: can('template:use'),
    renderReplyTemplate: can('template:use'),
    users: readsUsers,
    // The role picker of the user pages, and the role editor.
    roles: or(can('role:manage'), can('user:manage')),
    permissions: can('role:manage'),
    auditLogs: can('audit:read'),
    verifyAuditLog: can('audit:read'),
    settings: can('settings:manage'),
    // Agents hold report:read for their own figures; the service narrows them (see DashboardService).
    dashboard: can('report:read'),
  },
  Mutation: {
    register: isPublic,
    login: isPublic,
    refreshSession: isPublic,
    logout: isPublic,
    requestPasswordReset: isPublic,
    resetPassword: isPublic,
    changePassword: isSessionUser,
    beginTwoFactorEnrolment: isSessionUserOrChallenge,
    confirmTwoFactor: isSessionUserOrChallenge,
    regenerateRecoveryCodes: isSessionUser,
    disableTwoFactor: isSessionUser,
    completeTwoFactorSignIn: isPublic,
    updateProfile: selfService('profile:update'),
    createApiToken: and(isSessionUser, can('apitoken:manage')),
    revokeApiToken: and(isSessionUser, can('apitoken:manage')),
    startConversation: can('conversation:create'),
    claimConversation: handles,
    assignConversation: can('conversation:assign'),
    transferConversation: can('conversation:transfer'),
    acceptTransfer: handles,
    setConversationStatus: handles,
    setConversationPriority: handles,
    setConversationTags: handles,
    markConversationRead: readsConversations,
    setTyping: readsConversations,
    sendMessage: can('message:send'),
    createTag: can('tag:manage'),
    updateTag: can('tag:manage'),
    deleteTag: can('tag:manage'),
    createReplyTemplate: can('template:manage'),
    updateReplyTemplate: can('template:manage'),
    deleteReplyTemplate: can('template:manage'),
    submitEvaluation: can('evaluation:submit'),
    updateRole: can('role:manage'),
    createRole: can('role:manage'),
    deleteRole: can('role:manage'),
    updateSettings: can('settings:manage'),
    createUser: can('user:manage'),
    updateUser: can('user:manage'),
    setUserActive: can('user:manage'),
    sendPasswordReset: can('user:manage'),
    // Teams are part of staffing the desk: those who manage people manage teams.
    createTeam: can('user:manage'),
    updateTeam: can('user:manage'),
    deleteTeam: can('user:manage'),
  },
  // Subscriptions over graphql-ws skip the shield (verified): their subscribe functions check the same
  // permissions and the viewer's scope, and these lines keep the matrix whole and readable.
  Subscription: {
    conversationChanged: readsConversations,
    typing: readsConversations,
    messageAdded: readsConversations,
  },
  // Object types reachable only through guarded root fields.
  AuthPayload: allow,
  PasswordStrength: allow,
  // Email, teams and workload only to their owner and to those who may see users: customers see an agent's
  // name, never their address or how busy they are.
  User: { '*': allow, email: ownerOrUserReader, teams: ownerOrUserReader, openConversations: ownerOrUserReader, twoFactor: ownerOnly },
  TwoFactorEnrolment: allow,
  TwoFactorRecoveryCodes: allow,
  TwoFactorStatus: allow,
  UserConnection: allow,
  UserEdge: allow,
  Role: allow,
  PermissionInfo: allow,
  AuditLog: allow,
  AuditLogConnection: allow,
  AuditLogEdge: allow,
  AuditVerification: allow,
  Settings: allow,
  BusinessHours: allow,
  BusinessDay: allow,
  ConversationSettings: allow,
  SlaSettings: allow,
  PasswordPolicySettings: allow,
  SessionSettings: allow,
  SecuritySettings: allow,
  AssistantSettings: allow,
  Dashboard: allow,
  DashboardBucket: allow,
  DurationStats: allow,
  AgentWorkload: allow,
  Satisfaction: allow,
  HourCount: allow,
  TagCount: allow,
  ApiToken: allow,
  CreatedApiToken: allow,
  PageInfo: allow,
  Conversation: allow,
  ConversationConnection: allow,
  ConversationEdge: allow,
  InboxCounts: allow,
  ConversationPermissions: allow,
  ConversationHistoryEntry: allow,
  TypingEvent: allow,
  Message: allow,
  MessageConnection: allow,
  MessageEdge: allow,
  Tag: allow,
  // Customers may see which team has their conversation, not who is in it.
  Team: { '*': allow, memberCount: readsUsers, members: readsUsers },
  SearchHit: allow,
  SearchHitConnection: allow,
  SearchHitEdge: allow,
  ReplyTemplate: allow,
  ReplyTemplateConnection: allow,
  ReplyTemplateEdge: allow,
  Evaluation: allow,
} satisfies IRules;

export const permissions = shield(permissionMatrix, {
  fallbackRule: deny,
  fallbackError: () => forbidden(),
  allowExternalErrors: true,
  debug: false,
});
