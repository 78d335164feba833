export const DEMO_TAGS = [
  { name: 'billing', colour: '#D69E2E', ai: true },
  { name: 'refund', colour: '#E53E3E', ai: true },
  { name: 'shipping', colour: '#3182CE', ai: true },
  { name: 'login', colour: '#805AD5', ai: true },
  { name: 'vip', colour: '#38A169', ai: false },
  { name: '发票', colour: '#DD6B20', ai: false },
  { name: '物流', colour: '#319795', ai: false },
];

export const DEMO_TEMPLATES = [
  {
    title: 'Greeting',
    shortcut: 'hi',
    locale: 'en',
    intent: 'greeting_thanks',
    body: 'Hi {{customer.name}}, thanks for reaching out! I am {{agent.name}} and I will help you with conversation #{{conversation.number}}.',
  },
  {
    title: 'Refund started',
    shortcut: 'refund',
    locale: 'en',
    intent: 'refund_return',
    body: 'Hi {{customer.name}}, I have started your refund. It usually reaches your account within 5 business days.',
  },
  {
    title: 'Reset password help',
    shortcut: 'reset',
    locale: 'en',
    intent: 'account_access',
    body: 'You can reset your password from the sign-in page with "Forgot password". The link in the email is valid for 30 minutes.',
  },
  {
    title: 'Tracking number',
    shortcut: 'track',
    locale: 'en',
    intent: 'shipping',
    body: 'Your parcel is on its way. You can follow it with the tracking number in your order confirmation email.',
  },
  {
    title: '问候',
    shortcut: 'nihao',
    locale: 'zh-CN',
    intent: 'greeting_thanks',
    body: '{{customer.name}}您好，感谢您的咨询！我是客服{{agent.name}}，很高兴为您处理会话 #{{conversation.number}}。',
  },
  {
    title: '退款处理中',
    shortcut: 'tuikuan',
    locale: 'zh-CN',
    intent: 'refund_return',
    body: '{{customer.name}}您好，您的退款已提交，预计 3-5 个工作日内原路退回。',
  },
  {
    title: '发票开具',
    shortcut: 'fapiao',
    locale: 'zh-CN',
    intent: 'billing',
    body: '您好，电子发票将在订单完成后 24 小时内发送到您的邮箱，请注意查收。',
  },
  {
    title: '物流查询',
    shortcut: 'wuliu',
    locale: 'zh-CN',
    intent: 'shipping',
    body: '您好，您的包裹已发出，可以在订单详情页查看物流单号和最新进度。',
  },
];
