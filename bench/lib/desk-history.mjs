// A desk's history shaped like a real one, as rows for the server's tables (names from server/src/db/migrations):
// staff in a few teams, customers, and conversations over several weeks (most completed, the newest still open),
// 5–50 messages each in English or Chinese with the odd private note, tags, workflow events and ratings.
// Database-neutral: a writer (lib/sqlite-writer.mjs, lib/pg-writer.mjs) turns the rows into its dialect.
import { conversationScript, createRandom } from './corpus.mjs';
import { uuidv7 } from './ids.mjs';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Conversations per transaction: big enough to amortise the commit, small enough to keep the WAL modest. */
const CHUNK = 1000;
/** Mean messages per conversation of MESSAGES_PER_CONVERSATION, to size a run by messages. */
export const MESSAGES_PER_CONVERSATION = [5, 50];
/** The newest share of conversations that is still open (pending, in progress or transferred). */
const OPEN_SHARE = 0.02;

const PRIORITIES = ['NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'LOW', 'HIGH', 'HIGH', 'URGENT'];
const FIRST_NAMES = ['Alice', 'Ben', 'Chloe', 'Daniel', 'Emma', 'Felix', 'Grace', 'Henry', 'Iris', 'Jack', 'Kim', 'Leo'];
const ZH_NAMES = ['王芳', '李伟', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强', '周杰', '吴婷', '徐明', '孙悦'];
const TEAMS = ['Billing', 'Logistics', 'Accounts'];
const RATING_COMMENTS = ['Quick and friendly, thanks!', 'Solved on the first try.', '还可以', '回复太慢了', '非常满意', 'Took too long.'];
/** Ratings lean good, as they do on most desks. */
const RATINGS = [5, 5, 5, 5, 4, 4, 4, 3, 2, 1];

export const COLUMNS = {
  users: ['id', 'created_at', 'updated_at', 'email', 'display_name', 'password_hash', 'role_id', 'locale', 'capacity'],
  teams: ['id', 'created_at', 'updated_at', 'name'],
  team_members: ['user_id', 'team_id'],
  conversations: [
    'id',
    'created_at',
    'updated_at',
    'number',
    'subject',
    'customer_id',
    'assignee_id',
    'team_id',
    'transfer_target_id',
    'status',
    'priority',
    'channel',
    'language',
    'first_response_at',
    'resolved_at',
    'last_message_at',
    'last_message_preview',
  ],
  messages: ['id', 'created_at', 'updated_at', 'conversation_id', 'author_id', 'kind', 'body', 'internal'],
  conversation_tags: ['conversation_id', 'tag_id'],
  conversation_events: ['id', 'created_at', 'updated_at', 'conversation_id', 'actor_id', 'type', 'from', 'to', 'reason', 'detail'],
  evaluations: ['id', 'created_at', 'updated_at', 'conversation_id', 'rating', 'comment'],
};

/** Rows per table, in the order they are written (parents first). */
const emptyBatch = () => Object.fromEntries(Object.keys(COLUMNS).map((table) => [table, []]));

/** The demo data the server seeded (roles, accounts, tags, its team): the history is attached to it. */
async function readDemo(writer) {
  const users = await writer.all(
    'select u.id, u.email, u.password_hash, u.role_id, u.capacity, r.key as role from users u join roles r on r.id = u.role_id',
  );
  if (users.some((u) => u.email.endsWith('@bench.local'))) {
    throw new Error('This database already holds a generated desk (users @bench.local): seed an empty one.');
  }
  const roles = Object.fromEntries((await writer.all('select id, key from roles')).map((r) => [r.key, r.id]));
  const byRole = (key) => users.filter((u) => u.role === key);
  if (byRole('agent').length === 0 || byRole('customer').length === 0 || !roles.admin) {
    throw new Error('No demo agent, customer or admin role: the server seeds them on first start (SEED_DEMO=true).');
  }
  return {
    roles,
    agents: byRole('agent'),
    customers: byRole('customer'),
    passwordHash: byRole('agent')[0].password_hash,
    tags: (await writer.all('select id from tags')).map((t) => t.id),
    team: (await writer.all('select id from teams'))[0]?.id ?? null,
    lastNumber: Number((await writer.all('select coalesce(max(number), 0) as n from conversations'))[0].n),
  };
}

/** `count` people of a role, half with Chinese names; their demo password hash, so anyone could sign in. */
function people(batch, { prefix, count, roleId, passwordHash, at, capacity = 5 }) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const zh = i % 2 === 1;
    const id = uuidv7(at.getTime());
    const name = `${(zh ? ZH_NAMES : FIRST_NAMES)[i % 12]} ${i + 1}`;
    const email = `${prefix}-${String(i + 1).padStart(6, '0')}@bench.local`;
    batch.users.push([id, at, at, email, name, passwordHash, roleId, zh ? 'zh-CN' : 'en', capacity]);
    ids.push(id);
  }
  return ids;
}

/** Agents up to `agents` (the demo ones count), one more admin, teams, customers; returns who is who. */
function staff(batch, demo, { agents, customers, at }) {
  const common = { passwordHash: demo.passwordHash, at };
  people(batch, { ...common, prefix: 'bench-admin', count: 1, roleId: demo.roles.admin });
  const newAgents = people(batch, {
    ...common,
    prefix: 'bench-agent',
    count: Math.max(0, agents - demo.agents.length),
    roleId: demo.roles.agent,
    capacity: 8,
  });
  const teams = TEAMS.map((name) => [uuidv7(at.getTime()), at, at, name]);
  batch.teams.push(...teams);
  const teamIds = [...(demo.team ? [demo.team] : []), ...teams.map((t) => t[0])];
  const agentList = [
    ...demo.agents.map((a) => ({ id: a.id, capacity: a.capacity, team: demo.team ?? teamIds[0], open: 0 })),
    ...newAgents.map((id, i) => ({ id, capacity: 8, team: teamIds[i % teamIds.length], open: 0 })),
  ];
  // The demo agents are in their team already.
  for (const agent of agentList.slice(demo.agents.length)) batch.team_members.push([agent.id, agent.team]);
  const customerIds = [
    ...demo.customers.map((c) => c.id),
    ...people(batch, { ...common, prefix: 'bench-customer', count: customers, roleId: demo.roles.customer }),
  ];
  return { agents: agentList, customers: customerIds };
}

/**
 * An agent with room for one more open conversation, keeping two places free (the server refuses a claim past
 * `capacity`, and scenarios claim); null when all are busy, and the conversation waits.
 */
function agentWithRoom(agents, random) {
  const free = agents.filter((a) => a.open < a.capacity - 2);
  const agent = free.length > 0 ? random.pick(free) : null;
  if (agent) agent.open += 1;
  return agent;
}

/** What became of a conversation: completed, or (the newest) waiting, in progress, or handed to another agent. */
function outcome(open, agents, random) {
  if (!open) return { status: 'COMPLETED', owner: random.pick(agents), target: null };
  const owner = random.chance(0.6) ? agentWithRoom(agents, random) : null;
  if (!owner) return { status: 'PENDING', owner: null, target: null };
  if (!random.chance(0.15)) return { status: 'IN_PROGRESS', owner, target: null };
  const target = agentWithRoom(
    agents.filter((a) => a !== owner),
    random,
  );
  return target ? { status: 'TRANSFERRED', owner, target } : { status: 'IN_PROGRESS', owner, target: null };
}

function event(batch, conversationId, at, actor, type, from, to, extra = {}) {
  const when = new Date(at);
  batch.conversation_events.push([
    uuidv7(at),
    when,
    when,
    conversationId,
    actor,
    type,
    from,
    to,
    extra.reason ?? null,
    extra.detail ?? null,
  ]);
}

/** One conversation with its messages, tags, events and rating, into `batch`. */
function conversation(batch, ctx, { number, createdAt, open, messageCount }) {
  const { random, agents, customers, tags } = ctx;
  const language = random.chance(0.5) ? 'en' : 'zh-CN';
  const script = conversationScript(language, messageCount, random);
  const { status, owner, target } = outcome(open, agents, random);
  const customerId = random.pick(customers);
  const id = uuidv7(createdAt);
  let at = createdAt;
  let firstResponse = null;
  let claimedAt = null;
  let last = { at: createdAt, body: null };
  for (const line of script.lines) {
    const fromCustomer = line.from === 'customer';
    const author = fromCustomer ? customerId : (owner?.id ?? random.pick(agents).id);
    if (!fromCustomer) claimedAt ??= at - MINUTE;
    const when = new Date(at);
    batch.messages.push([uuidv7(at), when, when, id, author, fromCustomer ? 'CUSTOMER' : 'AGENT', line.body, line.internal]);
    if (!fromCustomer && !line.internal) firstResponse ??= at;
    if (!line.internal) last = { at, body: line.body };
    at += random.int(1, 20) * MINUTE;
  }
  // The history of the moves the workflow would have recorded (conversation.workflow.ts).
  if (owner) {
    const claimed = Math.max(createdAt, claimedAt ?? createdAt);
    event(batch, id, claimed, owner.id, 'assignment', null, owner.id);
    event(batch, id, claimed, owner.id, 'status', 'PENDING', 'IN_PROGRESS');
  }
  const resolvedAt = status === 'COMPLETED' ? last.at + MINUTE : null;
  if (resolvedAt) event(batch, id, resolvedAt, owner.id, 'status', 'IN_PROGRESS', 'COMPLETED');
  if (target) {
    const detail = JSON.stringify({ toAgentId: target.id, toTeamId: null });
    event(batch, id, last.at + MINUTE, owner.id, 'transfer', owner.id, target.id, { reason: 'Needs a specialist', detail });
    event(batch, id, last.at + MINUTE, owner.id, 'status', 'IN_PROGRESS', 'TRANSFERRED');
  }
  const time = (ms) => (ms === null ? null : new Date(ms));
  batch.conversations.push([
    id,
    new Date(createdAt),
    new Date(resolvedAt ?? last.at),
    number,
    script.subject,
    customerId,
    owner?.id ?? null,
    owner?.team ?? null,
    target?.id ?? null,
    status,
    random.pick(PRIORITIES),
    'WEB',
    language,
    time(firstResponse),
    time(resolvedAt),
    new Date(last.at),
    last.body?.slice(0, 200) ?? null,
  ]);
  for (const tagId of new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(tags)))) {
    batch.conversation_tags.push([id, tagId]);
  }
  if (resolvedAt && random.chance(0.3)) {
    const rated = new Date(resolvedAt + random.int(1, 60) * MINUTE);
    batch.evaluations.push([
      uuidv7(rated.getTime()),
      rated,
      rated,
      id,
      random.pick(RATINGS),
      random.chance(0.3) ? random.pick(RATING_COMMENTS) : null,
    ]);
  }
  return script.lines.length;
}

/**
 * Writes a desk into a migrated database holding the server's demo data, until `conversations` or `messages` is
 * reached: 20 agents (the demo ones among them) in four teams, an extra admin, customers, and conversations spread
 * evenly over the last `days` days. `onProgress(written)` after each transaction. Returns what it wrote.
 */
export async function writeDeskHistory(
  writer,
  { conversations = Infinity, messages = Infinity, agents = 20, customers, days = 56, seed = 1, onProgress = () => {} },
) {
  const random = createRandom(seed);
  const demo = await readDemo(writer);
  const mean = (MESSAGES_PER_CONVERSATION[0] + MESSAGES_PER_CONVERSATION[1]) / 2;
  const total = Number.isFinite(conversations) ? conversations : Math.ceil(messages / mean);
  const now = Date.now();
  // Starts spread evenly over the window; none runs past now (at most 50 messages × 20 minutes < a day).
  const first = now - days * DAY;
  const step = (days * DAY - DAY) / Math.max(1, total);

  let batch = emptyBatch();
  const people = staff(batch, demo, { agents, customers: customers ?? Math.max(200, Math.round(total / 6)), at: new Date(first) });
  const ctx = { random, agents: people.agents, customers: people.customers, tags: demo.tags };
  const written = { conversations: 0, messages: 0 };
  const more = () => written.conversations < conversations && written.messages < messages;
  while (more()) {
    for (let i = 0; i < CHUNK && more(); i++) {
      // Sized by messages, `total` is an estimate: the few conversations past it start at the end of the window.
      const slot = Math.min(written.conversations, total - 1);
      written.messages += conversation(batch, ctx, {
        number: demo.lastNumber + written.conversations + 1,
        createdAt: Math.round(first + slot * step + random.next() * step),
        open: slot / total >= 1 - OPEN_SHARE,
        messageCount: Math.min(random.int(...MESSAGES_PER_CONVERSATION), messages - written.messages),
      });
      written.conversations += 1;
    }
    await writer.transaction(async () => {
      for (const [table, rows] of Object.entries(batch)) if (rows.length > 0) await writer.insert(table, COLUMNS[table], rows);
    });
    batch = emptyBatch();
    onProgress(written);
  }
  return { ...written, agents: people.agents.length, customers: people.customers.length };
}
