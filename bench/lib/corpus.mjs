// Support conversations in English and Chinese made of a few hundred phrases per language, for seeded inboxes and
// the search corpus. Phrases are drawn with a skewed distribution, so some words are in a large share of the
// messages (order, 订单) and others in few (a product): search meets both common and rare terms, as in real desks.

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    /** Uniform pick. */
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Skewed pick: the first entries of a list come up far more often than the last. */
    skewed: (list) => list[Math.floor(next() ** 2 * list.length)],
  };
}

const EN = {
  subjects: [
    'Where is my parcel?',
    'Refund request',
    'Charged twice',
    'Cannot log in',
    'Invoice for my company',
    'Wrong item received',
    'Change my delivery address',
    'Discount code not working',
    'Damaged on arrival',
    'Password reset email missing',
    'Return label needed',
    'Cancel my order',
    'Warranty question',
    'Subscription renewal',
    'Missing part',
    'Delivery delayed',
    'Payment failed',
    'Size exchange',
    'Account locked',
    'Gift card balance',
    'Order not confirmed',
    'Tracking number does not work',
    'Late refund',
    'Question about my bill',
    'Product stopped working',
  ],
  openers: [
    'Hi,',
    'Hello,',
    'Hi there,',
    'Good morning,',
    'Good afternoon,',
    'Hey,',
    'Dear support,',
    'Hi team,',
    'Hello again,',
    'Sorry to bother you,',
    'Quick question:',
    'Urgent:',
  ],
  problems: [
    'my parcel has not arrived yet',
    'I was charged twice for order {order}',
    'I cannot log in to my account',
    'the {product} I received is broken',
    'I forgot my password and the reset email never came',
    'the tracking number does not work',
    'I need an invoice for my company',
    'the discount code {code} is not accepted at checkout',
    'I want to return the {product}',
    'the refund has not reached my bank account',
    'I received the wrong {product}',
    'I would like to change the delivery address of my order',
    'the courier says the parcel was delivered but nothing is here',
    'my order {order} is still not confirmed',
    'the payment failed but the money left my account',
    'a part of the {product} is missing',
    'I want to cancel order {order}',
    'the {product} stopped working after two days',
    'my account is locked after too many attempts',
    'the invoice shows the wrong company name',
    'the size is too small and I need a bigger one',
    'my gift card balance is wrong',
    'the delivery is delayed again',
    'I never received the confirmation email',
    'the app crashes when I open my orders',
    'the voucher from my last order expired',
    'I was billed for a subscription I cancelled',
    'the colour of the {product} is not what the picture showed',
    'the parcel arrived wet and the box was torn',
    'I cannot find the warranty card',
    'the return label does not print',
    'my refund for order {order} was only partial',
    'my phone number changed and I cannot get the code',
    'the express shipping took longer than standard',
    'I want to know if the {product} is back in stock',
    'the price dropped right after I ordered',
    'my loyalty points disappeared',
    'the order history in my account is empty',
    'I paid with {payment} but the order shows unpaid',
    'someone else placed an order with my account',
  ],
  details: [
    'I ordered it {when}.',
    'The order number is {order}.',
    'I paid with {payment}.',
    'It was a gift for my {relative}.',
    'I already tried twice.',
    'I checked the spam folder too.',
    'I have photos of the damage.',
    'The box was still sealed.',
    'It is the second time this happens.',
    'My email is the one on the account.',
    'The tracking page has not changed {when}.',
    'I live in an apartment with a concierge.',
    'The courier never rang the bell.',
    'I used the same card as always.',
    'My bank says the payment went through.',
    'The {product} was in its original packaging.',
    'I need it before {when}.',
    'I still have the receipt.',
    'The error says the session expired.',
    'I am travelling {when}.',
  ],
  asks: [
    'Can you help me?',
    'Could you check what happened?',
    'Please refund me.',
    'When will it arrive?',
    'What should I do now?',
    'Can you send a new one?',
    'Please cancel it.',
    'Can I get a replacement?',
    'How long does the refund take?',
    'Please send me the invoice by email.',
    'Can you reset it for me?',
    'Is there a return address?',
    'Thanks in advance.',
    'I would appreciate a quick answer.',
    'Can someone call me?',
  ],
  agentOpeners: [
    'Thanks for reaching out.',
    'Sorry for the trouble.',
    'Thank you for your patience.',
    'I understand, let me look into it.',
    'Thanks for the details.',
    'I am sorry to hear that.',
    'Happy to help.',
    'Thanks for waiting.',
  ],
  actions: [
    'I have checked your order and it left our warehouse {when}.',
    'I have started a refund of {amount} to your {payment}.',
    'the courier reports a delay at the local hub.',
    'I have sent a new password reset link to your email.',
    'I have updated the delivery address for you.',
    'your invoice is attached to this message.',
    'I have unlocked your account, please try again.',
    'a replacement {product} will ship tomorrow.',
    'the discount code {code} is now applied to your order.',
    'I have cancelled order {order} and the money will be returned.',
    'the refund usually reaches your bank within 5 business days.',
    'please send us a photo of the damaged {product}.',
    'I have opened a claim with the courier.',
    'the tracking number is {tracking}.',
    'your order {order} is confirmed and will ship {when}.',
    'I have added {amount} in store credit to your account.',
    'the warranty covers the {product} for two years.',
    'you can print the return label from your order page.',
    'I have corrected the company name on the invoice.',
    'the bigger size is in stock, I have reserved it for you.',
    'your loyalty points are back on the account.',
    'I have escalated this to our billing team.',
    'please check that the app is up to date.',
    'the payment was declined by the bank, no money was taken.',
    'I have verified your identity and changed the phone number.',
  ],
  closings: [
    'Is there anything else I can help with?',
    'Have a nice day!',
    'Let me know if it works.',
    'Sorry again for the inconvenience.',
    'We will keep you posted.',
    'Thanks for shopping with us.',
  ],
  thanks: [
    'Thanks, that works!',
    'Great, thank you.',
    'Perfect, thanks for the quick help!',
    'OK, I will wait.',
    'It arrived today, thanks.',
  ],
  notes: [
    'Customer is a VIP, handle with care.',
    'Escalated to the billing team.',
    'Checked with payments: the second charge is a pre-authorisation.',
    'Courier claim {order} opened.',
    'Suspected fraud, account under review.',
    'Refund approved by the team lead.',
    'Third complaint this month about this courier.',
    'Replacement sent without waiting for the return.',
  ],
  products: [
    'blue jacket',
    'coffee machine',
    'running shoes',
    'wireless headphones',
    'desk lamp',
    'winter coat',
    'phone case',
    'backpack',
    'smart watch',
    'rice cooker',
    'yoga mat',
    'kettle',
    'bluetooth speaker',
    'office chair',
    'water bottle',
    'sunglasses',
    'vacuum cleaner',
    'baby stroller',
    'gaming keyboard',
    'air purifier',
    'tent',
    'bicycle helmet',
    'suitcase',
    'electric toothbrush',
    'wool scarf',
    'blender',
    'camera tripod',
    'printer',
    'microwave',
    'hair dryer',
  ],
  when: [
    'last week',
    'on Monday',
    'three days ago',
    'yesterday',
    'last month',
    'on Friday',
    'two weeks ago',
    'this morning',
    'next week',
    'tomorrow',
  ],
  payments: ['credit card', 'PayPal', 'bank transfer', 'gift card', 'Apple Pay', 'debit card'],
  relatives: ['mother', 'father', 'sister', 'brother', 'wife', 'husband', 'friend', 'daughter', 'son'],
};

const ZH = {
  subjects: [
    '快递一直没到',
    '申请退款',
    '重复扣款',
    '无法登录账号',
    '开具发票',
    '收到的商品不对',
    '修改收货地址',
    '优惠券用不了',
    '商品破损',
    '收不到验证码',
    '退货流程咨询',
    '取消订单',
    '保修问题',
    '会员续费',
    '缺少配件',
    '物流信息不更新',
    '支付失败',
    '换尺码',
    '账号被锁定',
    '积分不见了',
    '订单未确认',
    '发票抬头写错了',
    '退款还没到账',
    '账单有疑问',
    '商品无法使用',
  ],
  openers: ['你好，', '您好，', '客服你好，', '在吗？', '请问一下，', '麻烦问一下，', '急！', '打扰一下，', '早上好，', '你好客服，'],
  problems: [
    '我的快递还没到',
    '订单{order}被重复扣款了',
    '我登录不了账号',
    '收到的{product}有破损',
    '忘记密码了，收不到重置邮件',
    '物流信息一直没有更新',
    '我需要开公司发票',
    '优惠券{code}结算时用不了',
    '我想退货{product}',
    '退款还没有到账',
    '收到的{product}和订单不一样',
    '我想修改订单的收货地址',
    '物流显示已签收但是我没收到包裹',
    '订单{order}一直显示未确认',
    '支付失败了但是钱被扣了',
    '{product}少了一个配件',
    '我想取消订单{order}',
    '{product}用了两天就坏了',
    '账号输错密码被锁定了',
    '发票抬头写错了',
    '尺码太小了想换大一号',
    '礼品卡余额不对',
    '快递又延误了',
    '一直没收到订单确认邮件',
    '打开订单页面应用就闪退',
    '上次订单送的优惠券过期了',
    '已经取消的会员还在扣费',
    '{product}的颜色和图片不一样',
    '包裹送到的时候是湿的，箱子也破了',
    '找不到保修卡',
    '退货单打印不出来',
    '订单{order}只退了一部分款',
    '换了手机号收不到验证码',
    '加急快递比普通快递还慢',
    '想问一下{product}什么时候有货',
    '刚下单就降价了',
    '我的积分不见了',
    '账号里的订单记录是空的',
    '用{payment}付的款但订单显示未支付',
    '有人用我的账号下了单',
  ],
  details: [
    '我是{when}下的单。',
    '订单号是{order}。',
    '用{payment}付的款。',
    '是送给{relative}的礼物。',
    '我已经试了两次了。',
    '垃圾邮件里也找过了。',
    '我拍了破损的照片。',
    '包装还没拆。',
    '这已经是第二次了。',
    '邮箱就是账号绑定的那个。',
    '物流信息从{when}就没变过。',
    '我住的小区有快递柜。',
    '快递员没有打电话。',
    '用的还是平时那张卡。',
    '银行说已经扣款成功了。',
    '{product}是原包装的。',
    '我{when}之前一定要用。',
    '小票我还留着。',
    '提示说登录已过期。',
    '我{when}要出差。',
  ],
  asks: [
    '麻烦帮我查一下。',
    '能帮我看看是怎么回事吗？',
    '请给我退款。',
    '什么时候能到？',
    '现在应该怎么办？',
    '能重新发一个吗？',
    '请帮我取消。',
    '可以换货吗？',
    '退款要多久到账？',
    '请把发票发到我的邮箱。',
    '能帮我重置一下吗？',
    '退货地址是哪里？',
    '先谢谢了。',
    '希望尽快回复。',
    '能给我打个电话吗？',
  ],
  agentOpeners: [
    '您好，感谢您的咨询。',
    '非常抱歉给您带来不便。',
    '感谢您的耐心等待。',
    '明白了，我帮您查一下。',
    '收到，谢谢您提供的信息。',
    '很抱歉听到这个情况。',
    '很高兴为您服务。',
  ],
  actions: [
    '已经为您查询了，包裹{when}从仓库发出。',
    '已经为您申请退款{amount}，将原路退回到您的{payment}。',
    '快递公司反馈在当地中转站有延误。',
    '密码重置链接已经发送到您的邮箱。',
    '已经为您修改了收货地址。',
    '电子发票已经发送到您的邮箱，请注意查收。',
    '已经为您解锁账号，请重新登录。',
    '新的{product}明天给您补发。',
    '优惠券{code}已经为您补上了。',
    '订单{order}已经为您取消，款项会原路退回。',
    '退款一般在3到5个工作日内到账。',
    '请提供一下破损{product}的照片。',
    '已经向快递公司发起理赔。',
    '物流单号是{tracking}。',
    '订单{order}已确认，预计{when}发货。',
    '已经为您补偿{amount}的店铺余额。',
    '{product}享受两年保修。',
    '您可以在订单详情页打印退货单。',
    '已经为您重新开具发票，抬头已更正。',
    '大一号的尺码有货，已经为您预留。',
    '积分已经恢复到您的账号。',
    '已经转给财务同事处理。',
    '请确认一下应用是否是最新版本。',
    '银行拒绝了这笔支付，没有扣款。',
    '已经核实您的身份并更换了手机号。',
  ],
  closings: [
    '请问还有其他可以帮您的吗？',
    '祝您生活愉快！',
    '有问题随时联系我们。',
    '再次抱歉给您带来不便。',
    '有进展会第一时间通知您。',
    '感谢您的支持。',
  ],
  thanks: ['好的，谢谢！', '收到了，谢谢客服。', '问题解决了，非常感谢！', '好的，我再等等。', '今天已经收到了，谢谢。'],
  notes: [
    '客户是VIP，请优先处理。',
    '已转财务处理。',
    '已和支付部门核实，第二笔是预授权。',
    '已发起快递理赔{order}。',
    '疑似欺诈，账号审核中。',
    '组长已批准退款。',
    '这个月第三次投诉这家快递。',
    '未等退货直接补发。',
  ],
  products: [
    '蓝色外套',
    '咖啡机',
    '跑步鞋',
    '无线耳机',
    '台灯',
    '羽绒服',
    '手机壳',
    '双肩包',
    '智能手表',
    '电饭煲',
    '瑜伽垫',
    '电水壶',
    '蓝牙音箱',
    '办公椅',
    '保温杯',
    '太阳镜',
    '吸尘器',
    '婴儿车',
    '机械键盘',
    '空气净化器',
    '帐篷',
    '骑行头盔',
    '行李箱',
    '电动牙刷',
    '羊毛围巾',
    '榨汁机',
    '三脚架',
    '打印机',
    '微波炉',
    '吹风机',
  ],
  when: ['上周', '周一', '三天前', '昨天', '上个月', '周五', '两周前', '今天早上', '下周', '明天'],
  payments: ['微信支付', '支付宝', '银行卡', '信用卡', '礼品卡', '花呗'],
  relatives: ['妈妈', '爸爸', '姐姐', '弟弟', '老婆', '老公', '朋友', '女儿', '儿子'],
};

export const LANGUAGES = { en: EN, 'zh-CN': ZH };

/**
 * Words people type into search: English words and two-character Chinese words that the phrases above contain,
 * common ones (order, 订单) and rare ones (kettle, 帐篷) alike.
 */
export const QUERY_WORDS = {
  en: [
    'order',
    'refund',
    'parcel',
    'invoice',
    'password',
    'courier',
    'tracking',
    'delivery',
    'account',
    'payment',
    'discount',
    'warranty',
    'address',
    'voucher',
    'broken',
    'charged',
    'replacement',
    'confirmed',
    'email',
    'locked',
    'jacket',
    'headphones',
    'kettle',
    'printer',
    'suitcase',
    'stroller',
    'scarf',
    'paypal',
    'hub',
    'claim',
    'damage',
    'billing',
    'subscription',
    'label',
    'points',
  ],
  'zh-CN': [
    '快递',
    '退款',
    '发票',
    '订单',
    '密码',
    '物流',
    '账号',
    '包裹',
    '地址',
    '优惠',
    '保修',
    '支付',
    '取消',
    '退货',
    '尺码',
    '积分',
    '邮箱',
    '破损',
    '理赔',
    '财务',
    '仓库',
    '配件',
    '外套',
    '耳机',
    '帐篷',
    '键盘',
    '围巾',
    '银行',
    '延误',
    '余额',
  ],
};

/** One- or two-word query in one language, e.g. `refund parcel` or `快递`. */
export function randomQuery(random) {
  const words = QUERY_WORDS[random.chance(0.5) ? 'en' : 'zh-CN'];
  const first = random.pick(words);
  if (random.chance(0.5)) return first;
  let second = random.pick(words);
  while (second === first) second = random.pick(words);
  return `${first} ${second}`;
}

function fill(template, vocabulary, random) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    switch (slot) {
      case 'order':
        return String(random.int(10_000, 99_999));
      case 'tracking':
        return `SF${random.int(100_000_000, 999_999_999)}`;
      case 'code':
        return `SAVE${random.int(5, 50)}`;
      case 'amount':
        return `${random.int(5, 500)}.${random.int(10, 99)}`;
      case 'product':
        return random.skewed(vocabulary.products);
      case 'when':
        return random.pick(vocabulary.when);
      case 'payment':
        return random.skewed(vocabulary.payments);
      case 'relative':
        return random.pick(vocabulary.relatives);
      default:
        throw new Error(`unknown slot {${slot}}`);
    }
  });
}

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Joins phrases the way each language writes them: spaces between English sentences, none in Chinese. */
function join(language, parts) {
  if (language === 'en') return parts.join(' ');
  return parts.join('');
}

function customerMessage(language, v, random, first) {
  const parts = [];
  if (first && random.chance(0.7)) parts.push(random.pick(v.openers));
  const problem = fill(random.skewed(v.problems), v, random);
  parts.push(language === 'en' ? (parts.length ? `${problem}.` : `${capitalise(problem)}.`) : `${problem}。`);
  if (random.chance(0.6)) parts.push(fill(random.skewed(v.details), v, random));
  if (random.chance(0.5)) parts.push(random.skewed(v.asks));
  return join(language, parts);
}

function agentMessage(language, v, random) {
  const parts = [];
  if (random.chance(0.6)) parts.push(random.pick(v.agentOpeners));
  const action = fill(random.skewed(v.actions), v, random);
  parts.push(language === 'en' ? capitalise(action) : action);
  if (random.chance(0.4)) parts.push(random.pick(v.closings));
  return join(language, parts);
}

/**
 * The messages of one conversation: the customer opens, the desk and the customer alternate (with the odd
 * follow-up and private note), and the customer often thanks at the end.
 */
export function conversationScript(language, count, random) {
  const v = LANGUAGES[language];
  const lines = [];
  let customerTurn = true;
  for (let i = 0; i < count; i++) {
    if (i > 0 && random.chance(0.04)) {
      lines.push({ from: 'agent', internal: true, body: fill(random.pick(v.notes), v, random) });
      continue;
    }
    if (i === count - 1 && i > 1 && customerTurn && random.chance(0.6)) {
      lines.push({ from: 'customer', internal: false, body: random.pick(v.thanks) });
      continue;
    }
    lines.push(
      customerTurn
        ? { from: 'customer', internal: false, body: customerMessage(language, v, random, i === 0) }
        : { from: 'agent', internal: false, body: agentMessage(language, v, random) },
    );
    // Now and then the same side writes twice in a row.
    if (!random.chance(0.15)) customerTurn = !customerTurn;
  }
  return { subject: random.skewed(v.subjects), lines };
}
