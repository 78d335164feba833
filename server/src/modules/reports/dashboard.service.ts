import type { EntityManager } from '@mikro-orm/core';
import { dialectOf } from '../../db/dialect.js';
import { badInput, forbidden } from '../../graphql/errors.js';
import { can, type Viewer } from '../../graphql/viewer.js';
import { OPEN_STATUSES } from '../conversations/conversation-status.js';
import { MessageKind } from '../messages/message.entity.js';
import { isTimeZone } from '../settings/desk-settings.js';
import { readSettings } from '../settings/settings.service.js';
import { Tag } from '../tags/tag.entity.js';
import { User } from '../users/user.entity.js';
import type { Dashboard, DashboardBucket } from './dashboard.types.js';
import { minutesBetween, summarize } from './metrics.js';
import { bucketIndex, bucketsBetween, type Granularity, weekdayHourReader } from './time-buckets.js';

type Row = Record<string, unknown>;

export interface DashboardQuery {
  from: Date;
  to: Date;
  granularity: Granularity;
  timezone?: string | null;
  agentId?: string | null;
}

const DAY_MS = 86_400_000;
/** The longest range per granularity: 731 day buckets, or about ten years of weeks or months. */
const MAX_RANGE_DAYS: Record<Granularity, number> = { DAY: 731, WEEK: 3653, MONTH: 3653 };

/**
 * The dashboard's figures for a range, in a time zone, for the desk or one agent. A handful of indexed
 * statements that read only the columns they count; bucketing, percentiles and the week heat map happen here,
 * the same on SQLite and PostgreSQL.
 */
export class DashboardService {
  async dashboard(
    em: EntityManager,
    viewer: Viewer,
    query: DashboardQuery,
    /** The bucket rows only (the report files): workload, ratings and tags are not read. */
    options: { bucketsOnly?: boolean } = {},
  ): Promise<Omit<Dashboard, 'granularity'> & { granularity: Granularity }> {
    const settings = await readSettings(em);
    const timezone = query.timezone ?? settings.businessHours.timezone;
    assertValid(query, timezone);
    const agentId = this.agentScope(viewer, query.agentId);
    const buckets = bucketsBetween(query.from, query.to, query.granularity, timezone);
    const q = new Queries(em, query.from, query.to, agentId);

    const [created, completed, before, open, replies, ratings, tagCounts, agent] = await Promise.all([
      q.created(),
      q.completed(),
      q.countsBefore(),
      options.bucketsOnly ? [] : q.openByAgent(),
      options.bucketsOnly ? [] : q.repliesByAgent(),
      options.bucketsOnly ? [] : q.ratings(),
      options.bucketsOnly ? [] : q.topTags(),
      agentId ? em.findOne(User, { id: agentId }) : null,
    ]);

    const rows: DashboardBucket[] = buckets.map((bucket) => ({
      ...bucket,
      created: 0,
      completed: 0,
      backlog: 0,
      firstResponseMedian: null,
      resolutionMedian: null,
    }));
    const firstResponses: number[] = [];
    const firstByBucket = buckets.map(() => [] as number[]);
    const hours = new Array<number>(7 * 24).fill(0);
    const weekdayHour = weekdayHourReader(timezone);
    for (const row of created) {
      const at = time(row.created_at);
      const index = bucketIndex(buckets, at);
      if (index >= 0) rows[index].created += 1;
      const { weekday, hour } = weekdayHour(at);
      hours[(weekday - 1) * 24 + hour] += 1;
      if (row.first_response_at !== null && row.first_response_at !== undefined) {
        const minutes = minutesBetween(at, time(row.first_response_at));
        firstResponses.push(minutes);
        if (index >= 0) firstByBucket[index].push(minutes);
      }
    }
    const resolutions: number[] = [];
    const resolvedByBucket = buckets.map(() => [] as number[]);
    const handled = new Map<string, number>();
    for (const row of completed) {
      const at = time(row.resolved_at);
      const index = bucketIndex(buckets, at);
      const minutes = minutesBetween(time(row.created_at), at);
      resolutions.push(minutes);
      if (index >= 0) {
        rows[index].completed += 1;
        resolvedByBucket[index].push(minutes);
      }
      if (row.assignee_id) handled.set(String(row.assignee_id), (handled.get(String(row.assignee_id)) ?? 0) + 1);
    }
    // Open at a bucket's end = started before it − completed before it (completion never precedes the start).
    let openSoFar = before.created - before.completed;
    rows.forEach((row, i) => {
      openSoFar += row.created - row.completed;
      row.backlog = openSoFar;
      row.firstResponseMedian = summarize(firstByBucket[i], 0).median;
      row.resolutionMedian = summarize(resolvedByBucket[i], 0).median;
    });

    const distribution = [0, 0, 0, 0, 0];
    for (const row of ratings) distribution[Number(row.rating) - 1] += 1;
    const responses = ratings.length;
    const average =
      responses === 0 ? null : Math.round((ratings.reduce((sum, row) => sum + Number(row.rating), 0) / responses) * 100) / 100;

    return {
      from: query.from,
      to: query.to,
      granularity: query.granularity,
      timezone,
      agent,
      buckets: rows,
      backlog: openSoFar,
      firstResponse: { ...summarize(firstResponses, settings.sla.firstResponseMinutes), targetMinutes: settings.sla.firstResponseMinutes },
      resolution: { ...summarize(resolutions, settings.sla.resolutionMinutes), targetMinutes: settings.sla.resolutionMinutes },
      agents: await workloads(em, open, handled, replies),
      satisfaction: { average, responses, responseRate: completed.length === 0 ? null : responses / completed.length, distribution },
      busiestHours: hours.map((count, i) => ({ weekday: Math.floor(i / 24) + 1, hour: i % 24, count })),
      topTags: await tagsOf(em, tagCounts),
    };
  }

  /** Whose figures: anyone's (or the desk's) with `report:export`, otherwise always the viewer's own. */
  private agentScope(viewer: Viewer, agentId: string | null | undefined): string | null {
    if (can(viewer, 'report:export')) return agentId ?? null;
    if (agentId && agentId !== viewer.user.id) throw forbidden('You may see your own figures only.');
    return viewer.user.id;
  }
}

function assertValid(query: DashboardQuery, timezone: string): void {
  if (!isTimeZone(timezone))
    throw badInput([{ field: 'timezone', message: 'Use an IANA time zone such as Asia/Shanghai.', code: 'timezone' }]);
  if (query.to <= query.from) throw badInput([{ field: 'to', message: 'The end of the range must come after its start.', code: 'range' }]);
  const days = (query.to.getTime() - query.from.getTime()) / DAY_MS;
  if (days > MAX_RANGE_DAYS[query.granularity]) {
    const limit = query.granularity === 'DAY' ? 'two years by day' : 'ten years';
    throw badInput([
      { field: 'to', message: `The range may cover at most ${limit}: choose a longer granularity or a shorter range.`, code: 'tooLong' },
    ]);
  }
}

/** A datetime as the driver returns it (epoch milliseconds on SQLite, a Date on PostgreSQL), in milliseconds. */
function time(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  return Date.parse(String(value));
}

/** The statements of one dashboard: the range and the agent bound once, datetimes in the dialect's form. */
class Queries {
  private readonly from: unknown;
  private readonly to: unknown;

  constructor(
    private readonly em: EntityManager,
    from: Date,
    to: Date,
    private readonly agentId: string | null,
  ) {
    // SQLite keeps datetimes as epoch milliseconds; PostgreSQL takes them as timestamps.
    const sqlite = dialectOf(em) === 'sqlite';
    this.from = sqlite ? from.getTime() : from;
    this.to = sqlite ? to.getTime() : to;
  }

  private run(query: string, params: unknown[]): Promise<Row[]> {
    return this.em.getConnection().execute(query, params, 'all', this.em.getTransactionContext());
  }

  private agent(column: string): [string, unknown[]] {
    return this.agentId ? [`and ${column} = ?`, [this.agentId]] : ['', []];
  }

  /** Started in the range (index on created_at). */
  created(): Promise<Row[]> {
    const [clause, params] = this.agent('assignee_id');
    return this.run(`select created_at, first_response_at from conversations where created_at >= ? and created_at < ? ${clause}`, [
      this.from,
      this.to,
      ...params,
    ]);
  }

  /** Completed in the range (index on resolved_at). */
  completed(): Promise<Row[]> {
    const [clause, params] = this.agent('assignee_id');
    return this.run(`select created_at, resolved_at, assignee_id from conversations where resolved_at >= ? and resolved_at < ? ${clause}`, [
      this.from,
      this.to,
      ...params,
    ]);
  }

  /** Started and completed before the range: the backlog it opens with. */
  async countsBefore(): Promise<{ created: number; completed: number }> {
    const [clause, params] = this.agent('assignee_id');
    const [row] = await this.run(
      `select (select count(*) from conversations where created_at < ? ${clause}) as created,
              (select count(*) from conversations where resolved_at < ? ${clause}) as completed`,
      [this.from, ...params, this.from, ...params],
    );
    return { created: Number(row.created), completed: Number(row.completed) };
  }

  /** Open conversations per agent, now (index on assignee_id, status). */
  openByAgent(): Promise<Row[]> {
    const [clause, params] = this.agent('assignee_id');
    const marks = OPEN_STATUSES.map(() => '?').join(', ');
    return this.run(
      `select assignee_id, count(*) as n from conversations where assignee_id is not null and status in (${marks}) ${clause} group by assignee_id`,
      [...OPEN_STATUSES, ...params],
    );
  }

  /** Replies (not notes) per agent in the range (index on kind, internal, created_at, author_id). */
  repliesByAgent(): Promise<Row[]> {
    const [clause, params] = this.agent('author_id');
    return this.run(
      `select author_id, count(*) as n from messages
        where kind = ? and internal = ? and created_at >= ? and created_at < ? ${clause}
        group by author_id`,
      [MessageKind.AGENT, false, this.from, this.to, ...params],
    );
  }

  /** Ratings given in the range (index on created_at); an agent's are those of conversations assigned to them. */
  ratings(): Promise<Row[]> {
    const [clause, params] = this.agent('c.assignee_id');
    const join = this.agentId ? 'join conversations c on c.id = e.conversation_id' : '';
    return this.run(`select e.rating from evaluations e ${join} where e.created_at >= ? and e.created_at < ? ${clause}`, [
      this.from,
      this.to,
      ...params,
    ]);
  }

  /** The ten tags most used on conversations started in the range. */
  topTags(): Promise<Row[]> {
    const [clause, params] = this.agent('c.assignee_id');
    return this.run(
      `select ct.tag_id, count(*) as n from conversations c join conversation_tags ct on ct.conversation_id = c.id
        where c.created_at >= ? and c.created_at < ? ${clause}
        group by ct.tag_id order by n desc, ct.tag_id limit 10`,
      [this.from, this.to, ...params],
    );
  }
}

/** Per agent, busiest first: open now, completed in the range, replies in the range. */
async function workloads(em: EntityManager, open: Row[], handled: Map<string, number>, replies: Row[]) {
  const openBy = new Map(open.map((row) => [String(row.assignee_id), Number(row.n)]));
  const repliesBy = new Map(replies.map((row) => [String(row.author_id), Number(row.n)]));
  const ids = [...new Set([...openBy.keys(), ...handled.keys(), ...repliesBy.keys()])];
  if (ids.length === 0) return [];
  const people = await em.find(User, { id: { $in: ids } });
  return people
    .map((agent) => ({
      agent,
      open: openBy.get(agent.id) ?? 0,
      handled: handled.get(agent.id) ?? 0,
      messagesSent: repliesBy.get(agent.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.handled - a.handled ||
        b.messagesSent - a.messagesSent ||
        b.open - a.open ||
        a.agent.displayName.localeCompare(b.agent.displayName),
    );
}

async function tagsOf(em: EntityManager, rows: Row[]) {
  if (rows.length === 0) return [];
  const tags = new Map((await em.find(Tag, { id: { $in: rows.map((row) => String(row.tag_id)) } })).map((tag) => [tag.id, tag]));
  return rows.flatMap((row) => {
    const tag = tags.get(String(row.tag_id));
    return tag ? [{ tag, count: Number(row.n) }] : [];
  });
}
