import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ContextDeps } from '../../graphql/context-factory.js';
import { ErrorCode } from '../../graphql/errors.js';
import { can } from '../../graphql/viewer.js';
import { resolveViewer } from '../auth/viewer.service.js';
import type { DashboardBucket } from './dashboard.types.js';
import { csvField, safeText } from './spreadsheet-cell.js';
import type { Granularity } from './time-buckets.js';

const GRANULARITIES: Record<string, Granularity> = { day: 'DAY', week: 'WEEK', month: 'MONTH' };
const FORMATS = ['csv', 'xlsx'] as const;

/** The columns of every report file: one row per bucket, the dashboard's own figures. */
const COLUMNS: Array<{ header: string; value: (bucket: DashboardBucket) => string | number | null }> = [
  { header: 'period', value: (b) => b.label },
  { header: 'start', value: (b) => b.start.toISOString() },
  { header: 'end', value: (b) => b.end.toISOString() },
  { header: 'started', value: (b) => b.created },
  { header: 'completed', value: (b) => b.completed },
  { header: 'backlog', value: (b) => b.backlog },
  { header: 'first_response_median_minutes', value: (b) => b.firstResponseMedian },
  { header: 'resolution_median_minutes', value: (b) => b.resolutionMedian },
];

class ExportRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * `GET /api/reports/export?format=csv|xlsx&granularity=day|week|month&from=&to=&timezone=` with a Bearer
 * token (session or API token) holding `report:export`: the dashboard's day, week or month rows as a file,
 * written to the response as they are produced. Refusals are JSON with an error code, like the GraphQL API's.
 */
export function reportExportHandler(deps: ContextDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const em = deps.orm.em.fork();
    try {
      const viewer = await resolveViewer(em, deps.services, req.headers.authorization).catch((error: unknown) => {
        throw error instanceof GraphQLError ? new ExportRefused(401, ErrorCode.UNAUTHENTICATED, error.message) : error;
      });
      if (!viewer) throw new ExportRefused(401, ErrorCode.UNAUTHENTICATED, 'You must be signed in.');
      if (!can(viewer, 'report:export')) throw new ExportRefused(403, ErrorCode.FORBIDDEN, 'You are not allowed to export reports.');
      const params = readParams(req.query);
      const dashboard = await deps.services.dashboard.dashboard(em, viewer, params, { bucketsOnly: true }).catch((error: unknown) => {
        if (error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT) {
          throw new ExportRefused(400, ErrorCode.BAD_USER_INPUT, error.message);
        }
        throw error;
      });
      deps.services.audit.recordLater(em, {
        actorId: viewer.user.id,
        action: 'report.export',
        targetType: 'Report',
        detail: { format: params.format, granularity: params.granularity, from: params.from, to: params.to, timezone: dashboard.timezone },
        ip: req.ip ?? null,
        userAgent: req.headers['user-agent'] ?? null,
      });
      const name = `report-${params.granularity.toLowerCase()}-${dashboard.buckets[0]?.label ?? 'empty'}-${dashboard.timezone.replaceAll('/', '_')}`;
      if (params.format === 'csv') await writeCsv(res, name, dashboard.buckets);
      else await writeXlsx(res, name, dashboard.buckets);
    } catch (error) {
      if (error instanceof ExportRefused) {
        res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      deps.logger.error({ err: error, requestId: res.locals.requestId }, 'report export failed');
      if (res.headersSent) res.destroy();
      else res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    }
  };
}

function readParams(query: Request['query']) {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '');
  const format = text('format') || 'csv';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new ExportRefused(400, ErrorCode.BAD_USER_INPUT, 'format must be csv or xlsx.');
  const granularity = GRANULARITIES[text('granularity') || 'day'];
  if (!granularity) throw new ExportRefused(400, ErrorCode.BAD_USER_INPUT, 'granularity must be day, week or month.');
  const instant = (name: string) => {
    const value = text(name);
    const parsed = value ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(parsed.getTime()))
      throw new ExportRefused(400, ErrorCode.BAD_USER_INPUT, `${name} must be a date or time (ISO 8601).`);
    return parsed;
  };
  return {
    format: format as (typeof FORMATS)[number],
    granularity,
    from: instant('from'),
    to: instant('to'),
    timezone: text('timezone') || null,
  };
}

/** Header, then a line per bucket, each written as soon as it is formatted. */
async function writeCsv(res: Response, name: string, buckets: DashboardBucket[]): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  // A byte-order mark, so spreadsheet software reads the file as UTF-8.
  res.write('\uFEFF');
  res.write(`${COLUMNS.map((c) => csvField(c.header)).join(',')}\r\n`);
  for (const bucket of buckets) {
    if (!res.write(`${COLUMNS.map((c) => csvField(c.value(bucket))).join(',')}\r\n`)) {
      await new Promise((resolve) => res.once('drain', resolve));
    }
  }
  res.end();
}

/** exceljs's streaming writer: rows are committed to the response one by one, never a whole workbook in memory. */
async function writeXlsx(res: Response, name: string, buckets: DashboardBucket[]): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Report');
  sheet.addRow(COLUMNS.map((c) => c.header)).commit();
  for (const bucket of buckets) {
    sheet
      .addRow(
        COLUMNS.map((c) => {
          const value = c.value(bucket);
          return typeof value === 'string' ? safeText(value) : value;
        }),
      )
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
