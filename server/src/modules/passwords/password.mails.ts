import type { User } from '../users/user.entity.js';

/** The password reset mail, in the user's language. */
export function passwordResetMail(user: User, link: string): { subject: string; text: string; html: string } {
  if (user.locale === 'zh-CN') {
    const text = `${user.displayName}，您好：\n\n我们收到了重置您密码的请求。请在 30 分钟内打开以下链接设置新密码：\n\n${link}\n\n设置新密码后，您的所有登录会话都会结束，所有 API 令牌也会被撤销；仍需要的集成请重新创建令牌。\n\n如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。`;
    return { subject: '重置您的密码', text, html: htmlOf(text, link) };
  }
  const text = `Hello ${user.displayName},\n\nWe received a request to reset your password. Open this link within 30 minutes to choose a new one:\n\n${link}\n\nSetting a new password signs you out everywhere and revokes all of your API tokens; create new tokens for the integrations you still need.\n\nIf you did not ask for this, ignore this email: your password stays the same.`;
  return { subject: 'Reset your password', text, html: htmlOf(text, link) };
}

/** The invitation of someone an administrator created, in their language: a link to choose a password. */
export function invitationMail(user: User, link: string, inviter: string): { subject: string; text: string; html: string } {
  if (user.locale === 'zh-CN') {
    const text = `${user.displayName}，您好：\n\n${inviter} 邀请您加入客服工作台。请在 7 天内打开以下链接设置密码，然后用 ${user.email} 登录：\n\n${link}\n\n如果您不认识邀请人，请忽略此邮件。`;
    return { subject: '您被邀请加入客服工作台', text, html: htmlOf(text, link) };
  }
  const text = `Hello ${user.displayName},\n\n${inviter} has invited you to the support desk. Open this link within 7 days to choose your password, then sign in as ${user.email}:\n\n${link}\n\nIf you do not know who invited you, ignore this email.`;
  return { subject: 'You are invited to the support desk', text, html: htmlOf(text, link) };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function htmlOf(text: string, link: string): string {
  const body = escapeHtml(text)
    .replace(escapeHtml(link), `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`)
    .replace(/\n/g, '<br>');
  return `<!doctype html><html><body style="font-family:sans-serif">${body}</body></html>`;
}
