// Bulk history straight into the server's tables (names from server/src/db/migrations): customers, conversations,
// messages and tags, as the server would have written them, in one transaction per few thousand conversations.
import { conversationScript, createRandom } from './corpus.mjs';
import { datetimeWriter, uuidv7 } from './sqlite.mjs';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Conversations per transaction: big enough to amortise the commit, small enough to keep the WAL modest. */
const CHUNK = 2000;

const INSERT_USER = `insert into users (id, created_at, updated_at, email, display_name, password_hash, role_id, session_version, locale, active, capacity)
  values (?, ?, ?, ?, ?, ?, ?, 1, ?, 1, 5)`;
const INSERT_CONVERSATION = `insert into conversations (id, created_at, updated_at, number, subject, customer_id, assignee_id, status, priority,
  channel, language, first_response_at, resolved_at, last_message_at, last_message_preview, version)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'WEB', ?, ?, ?, ?, ?, 1)`;
const INSERT_MESSAGE = `insert into messages (id, created_at, updated_at, conversation_id, author_id, kind, body, internal)
  values (?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_TAG = 'insert into conversation_tags (conversation_id, tag_id) values (?, ?)';

const PRIORITIES = ['NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'LOW', 'HIGH', 'HIGH', 'URGENT'];
const FIRST_NAMES = ['Alice', 'Ben', 'Chloe', 'Daniel', 'Emma', 'Felix', 'Grace', 'Henry', 'Iris', 'Jack', 'Kim', 'Leo'];
const ZH_NAMES = ['王芳', '李伟', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强', '周杰', '吴婷', '徐明', '孙悦'];

function openConversations(db, agentId) {
  return db
    .prepare("select count(*) as n from conversations where assignee_id = ? and status in ('IN_PROGRESS', 'TRANSFERRED')")
    .get(agentId).n;
}

/**
 * An agent with room for one more open conversation, keeping two places free (the server refuses a claim past
 * `capacity`, and a scenario may claim); null when all are busy, and the conversation waits.
 */
function agentWithRoom(agents, random) {
  const free = agents.filter((a) => a.open < a.capacity - 2);
  const agent = free.length > 0 ? random.pick(free) : null;
  if (agent) agent.open += 1;
  return agent;
}

/** The demo users the history is attached to: agents answer, the demo customers own some conversations. */
function demoUsers(db) {
  const users = db
    .prepare('select u.id, u.email, u.password_hash, u.role_id, u.capacity, r.key as role from users u join roles r on r.id = u.role_id')
    .all();
  const agents = users.filter((u) => u.role === 'agent').map((u) => ({ ...u, open: openConversations(db, u.id) }));
  const customers = users.filter((u) => u.role === 'customer');
  if (agents.length === 0 || customers.length === 0) throw new Error('No demo agent or customer: was the demo data seeded?');
  return { agents, customers };
}

/** Extra customer accounts (the demo customer's password hash, so they could sign in too); reused when present. */
function ensureCustomers(db, count, template, at) {
  const existing = db.prepare("select id from users where email like 'bench-customer-%@bench.local' order by email").all();
  const insert = db.prepare(INSERT_USER);
  for (let i = existing.length; i < count; i++) {
    const id = uuidv7(Date.now());
    const zh = i % 2 === 1;
    const name = `${(zh ? ZH_NAMES : FIRST_NAMES)[i % 12]} ${i + 1}`;
    const email = `bench-customer-${String(i + 1).padStart(6, '0')}@bench.local`;
    insert.run(id, at, at, email, name, template.password_hash, template.role_id, zh ? 'zh-CN' : 'en');
    existing.push({ id });
  }
  return existing.slice(0, count).map((row) => row.id);
}

/**
 * Writes conversations with their messages until `conversations` or `messages` is reached (whichever first),
 * each with between `perConversation[0]` and `[1]` messages, half in English and half in Chinese, spread over
 * the last `days` days (open ones are the recent ones). Returns what it wrote; `onProgress(written)` after each
 * transaction.
 */
export function seedHistory(
  db,
  { conversations = Infinity, messages = Infinity, perConversation, customers = 100, days = 365, seed = 1, onProgress = () => {} },
) {
  const random = createRandom(seed);
  const time = datetimeWriter(db);
  const now = Date.now();
  const { agents, customers: demoCustomers } = demoUsers(db);
  const customerIds = [
    ...demoCustomers.map((u) => u.id),
    ...ensureCustomers(db, customers, demoCustomers[0], time(new Date(now - days * DAY))),
  ];
  const tagIds = db
    .prepare('select id from tags')
    .all()
    .map((row) => row.id);
  let number = db.prepare('select coalesce(max(number), 0) as n from conversations').get().n;
  const total = Number.isFinite(conversations) ? conversations : Math.ceil(messages / ((perConversation[0] + perConversation[1]) / 2));
  // Starts spread evenly over the window; no conversation runs past now (at most 50 messages × 20 minutes).
  const first = now - days * DAY;
  const step = (days * DAY - DAY) / Math.max(1, total);

  const insertConversation = db.prepare(INSERT_CONVERSATION);
  const insertMessage = db.prepare(INSERT_MESSAGE);
  const insertTag = db.prepare(INSERT_TAG);
  const written = { conversations: 0, messages: 0 };

  const writeOne = () => {
    const language = random.chance(0.5) ? 'en' : 'zh-CN';
    const count = Math.min(random.int(perConversation[0], perConversation[1]), messages - written.messages);
    const script = conversationScript(language, count, random);
    const createdAt = Math.round(first + written.conversations * step + random.next() * step);
    // The newest few percent are still open: in progress while agents have room, otherwise waiting without owner.
    const open = written.conversations / total >= 0.97;
    const owner = open ? (random.chance(0.5) ? agentWithRoom(agents, random) : null) : random.pick(agents);
    const status = !open ? 'COMPLETED' : owner ? 'IN_PROGRESS' : 'PENDING';
    const customerId = random.pick(customerIds);
    const assignee = owner?.id ?? null;
    const conversationId = uuidv7(createdAt);
    const rows = [];
    let at = createdAt;
    let firstResponse = null;
    let last = { at: createdAt, body: null };
    for (const line of script.lines) {
      const fromCustomer = line.from === 'customer';
      const author = fromCustomer ? customerId : (assignee ?? random.pick(agents).id);
      rows.push([
        uuidv7(at),
        time(new Date(at)),
        time(new Date(at)),
        conversationId,
        author,
        fromCustomer ? 'CUSTOMER' : 'AGENT',
        line.body,
        line.internal ? 1 : 0,
      ]);
      if (!fromCustomer && !line.internal) firstResponse ??= at;
      if (!line.internal) last = { at, body: line.body };
      at += random.int(1, 20) * MINUTE;
    }
    number += 1;
    insertConversation.run(
      conversationId,
      time(new Date(createdAt)),
      time(new Date(last.at)),
      number,
      script.subject,
      customerId,
      assignee,
      status,
      random.pick(PRIORITIES),
      language,
      firstResponse === null ? null : time(new Date(firstResponse)),
      status === 'COMPLETED' ? time(new Date(last.at + MINUTE)) : null,
      time(new Date(last.at)),
      last.body?.slice(0, 200) ?? null,
    );
    for (const row of rows) insertMessage.run(...row);
    const tags = new Set([random.pick(tagIds), random.pick(tagIds)].slice(0, random.int(0, 2)));
    for (const tagId of tags) insertTag.run(conversationId, tagId);
    written.conversations += 1;
    written.messages += rows.length;
  };

  const chunk = db.transaction((size) => {
    for (let i = 0; i < size && written.conversations < conversations && written.messages < messages; i++) writeOne();
  });
  while (written.conversations < conversations && written.messages < messages) {
    chunk(CHUNK);
    onProgress(written);
  }
  return written;
}
