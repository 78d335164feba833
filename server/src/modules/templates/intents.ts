/** The intents the assistant recognises (DESIGN §4, Assistant): templates may be filed under one. */
export const INTENTS = [
  'account_access',
  'billing',
  'refund_return',
  'shipping',
  'order_change',
  'technical_issue',
  'product_question',
  'complaint',
  'human_agent',
  'greeting_thanks',
  'other',
] as const;

export type Intent = (typeof INTENTS)[number];
