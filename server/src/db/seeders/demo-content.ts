import { ConversationStatus, Priority } from '../../modules/conversations/conversation-status.js';
import { MessageKind } from '../../modules/messages/message.entity.js';

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

interface DemoLine {
  kind: MessageKind;
  body: string;
  internal?: boolean;
}

interface DemoConversation {
  subject: string;
  customer: string;
  assignee?: string;
  status: ConversationStatus;
  priority?: Priority;
  intent: string;
  sentiment: string;
  language: string;
  tags: string[];
  messages: DemoLine[];
}

const C = MessageKind.CUSTOMER;
const A = MessageKind.AGENT;

export const DEMO_CONVERSATIONS: DemoConversation[] = [
  {
    subject: 'I was charged twice for my order',
    customer: 'customer@demo.local',
    status: ConversationStatus.PENDING,
    priority: Priority.HIGH,
    intent: 'billing',
    sentiment: 'negative',
    language: 'en',
    tags: ['billing'],
    messages: [{ kind: C, body: 'Hello, my card was charged twice for order 10023. Can you fix this?' }],
  },
  {
    subject: '无法登录账户',
    customer: 'customer2@demo.local',
    status: ConversationStatus.PENDING,
    intent: 'account_access',
    sentiment: 'neutral',
    language: 'zh-CN',
    tags: ['login'],
    messages: [{ kind: C, body: '你好，我忘记密码了，收不到重置邮件，怎么办？' }],
  },
  {
    subject: 'Where is my parcel?',
    customer: 'customer@demo.local',
    assignee: 'agent@demo.local',
    status: ConversationStatus.IN_PROGRESS,
    intent: 'shipping',
    sentiment: 'neutral',
    language: 'en',
    tags: ['shipping'],
    messages: [
      { kind: C, body: 'My parcel was supposed to arrive yesterday. Where is it?' },
      { kind: A, body: 'Let me check the tracking for you right away.' },
      { kind: A, body: 'Carrier reports a delay at the hub.', internal: true },
    ],
  },
  {
    subject: '申请退款',
    customer: 'customer2@demo.local',
    assignee: 'agent2@demo.local',
    status: ConversationStatus.IN_PROGRESS,
    priority: Priority.URGENT,
    intent: 'refund_return',
    sentiment: 'negative',
    language: 'zh-CN',
    tags: ['refund'],
    messages: [
      { kind: C, body: '收到的商品有破损，我要退款！' },
      { kind: A, body: '非常抱歉给您带来不便，请提供一下订单号和破损照片。' },
    ],
  },
  {
    subject: 'Invoice for last month',
    customer: 'customer@demo.local',
    assignee: 'agent2@demo.local',
    status: ConversationStatus.TRANSFERRED,
    intent: 'billing',
    sentiment: 'neutral',
    language: 'en',
    tags: ['billing', 'vip'],
    messages: [
      { kind: C, body: 'Could you send me a company invoice for last month?' },
      { kind: A, body: 'I am handing this to our billing team, they will reply shortly.' },
    ],
  },
  {
    subject: 'Thanks for the quick help',
    customer: 'customer@demo.local',
    assignee: 'agent@demo.local',
    status: ConversationStatus.COMPLETED,
    intent: 'greeting_thanks',
    sentiment: 'positive',
    language: 'en',
    tags: [],
    messages: [
      { kind: C, body: 'How do I change the delivery address of my order?' },
      { kind: A, body: 'I have updated the address for you. Anything else?' },
      { kind: C, body: 'No, that is all. Thanks for the quick help!' },
    ],
  },
  {
    subject: '发票抬头修改',
    customer: 'customer2@demo.local',
    assignee: 'agent2@demo.local',
    status: ConversationStatus.COMPLETED,
    intent: 'billing',
    sentiment: 'positive',
    language: 'zh-CN',
    tags: ['发票'],
    messages: [
      { kind: C, body: '发票抬头写错了，可以重新开吗？' },
      { kind: A, body: '可以的，已为您重新开具，请查收邮箱。' },
      { kind: C, body: '收到了，谢谢！' },
    ],
  },
];
