/** Every permission key, with what it allows in both languages. Roles are lists of these keys. */
export const PERMISSIONS = {
  'conversation:create': { en: 'Start a consultation', zh: '发起咨询' },
  'conversation:read:own': { en: 'See own conversations (as the customer)', zh: '查看自己的会话（客户）' },
  'conversation:read:any': { en: 'See every conversation', zh: '查看所有会话' },
  'conversation:handle': { en: 'Claim, reply, change status, tag and add notes', zh: '认领、回复、更改状态、打标签和添加备注' },
  'conversation:transfer': { en: 'Transfer conversations', zh: '转接会话' },
  'conversation:assign': { en: 'Assign conversations to others', zh: '将会话分配给他人' },
  'message:send': { en: 'Send messages', zh: '发送消息' },
  'evaluation:submit': { en: 'Rate own completed conversations', zh: '评价自己已完成的会话' },
  'template:use': { en: 'Use reply templates', zh: '使用回复模板' },
  'template:manage': { en: 'Create and edit reply templates', zh: '创建和编辑回复模板' },
  'tag:manage': { en: 'Create and edit tags', zh: '创建和编辑标签' },
  'assistant:use': { en: 'Use the assistant (suggestions, classification, summaries)', zh: '使用智能助手（建议、分类、摘要）' },
  'user:read': { en: 'See users', zh: '查看用户' },
  'user:manage': { en: 'Create, edit and deactivate users', zh: '创建、编辑和停用用户' },
  'role:manage': { en: 'Manage roles and permissions', zh: '管理角色和权限' },
  'settings:manage': { en: 'Change system settings', zh: '修改系统设置' },
  'audit:read': { en: 'Read the audit log', zh: '查看审计日志' },
  'report:read': { en: 'See dashboards and reports', zh: '查看仪表盘和报表' },
  'report:export': { en: 'Export reports', zh: '导出报表' },
  'apitoken:manage': { en: 'Manage own API tokens', zh: '管理自己的 API 令牌' },
  'profile:update': {
    en: 'Change own name and language (API tokens only when they name this scope)',
    zh: '修改自己的名称和语言（API 令牌须明确包含此范围）',
  },
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_KEYS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(key: string): key is Permission {
  return Object.hasOwn(PERMISSIONS, key);
}

/** The built-in roles and their default permissions (design, section 3). */
export const BUILT_IN_ROLES: Record<'admin' | 'agent' | 'customer', { name: string; description: string; permissions: Permission[] }> = {
  admin: {
    name: 'Administrator',
    description: 'Runs the system: users, roles, settings, audit and reports.',
    permissions: [
      'conversation:read:any',
      'conversation:handle',
      'conversation:transfer',
      'conversation:assign',
      'message:send',
      'template:use',
      'template:manage',
      'tag:manage',
      'assistant:use',
      'user:read',
      'user:manage',
      'role:manage',
      'settings:manage',
      'audit:read',
      'report:read',
      'report:export',
      'apitoken:manage',
      'profile:update',
    ],
  },
  agent: {
    name: 'Agent',
    description: 'Handles customer conversations.',
    permissions: [
      'conversation:read:any',
      'conversation:handle',
      'conversation:transfer',
      'message:send',
      'template:use',
      'template:manage',
      'tag:manage',
      'assistant:use',
      'user:read',
      'report:read',
      'apitoken:manage',
      'profile:update',
    ],
  },
  customer: {
    name: 'Customer',
    description: 'Starts consultations and rates the service.',
    permissions: ['conversation:create', 'conversation:read:own', 'message:send', 'evaluation:submit', 'profile:update'],
  },
};
