import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { Conversation } from '../../server/src/modules/conversations/conversation.entity.js';
import { csvField } from '../../server/src/modules/reports/spreadsheet-cell.js';
import { buildAdmin, buildAgent, buildConversation } from '../fixtures/factories.js';
import { eventually } from '../fixtures/redis-server.js';
import { startTestServer, type TestServer } from '../fixtures/test-server.js';

const DASHBOARD = `query($input: DashboardInput!) { dashboard(input: $input) {
  buckets { label start end created completed backlog firstResponseMedian resolutionMedian }
} }`;

describe('report export', () => {
  let server: TestServer;
  let admin: string;
  let agent: string;
  const params = { granularity: 'day', from: '2026-03-01T00:00:00+08:00', to: '2026-03-08T00:00:00+08:00', timezone: 'Asia/Shanghai' };
  const url = (query: Record<string, string>) => `${server.url}/api/reports/export?${new URLSearchParams(query)}`;
  const download = (query: Record<string, string>, token?: string) =>
    fetch(url(query), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    server = await startTestServer();
    [admin, agent] = await Promise.all([buildAdmin(server).then((u) => u.login()), buildAgent(server).then((u) => u.login())]);
    const em = server.orm.em.fork();
    for (const [created, resolved] of [
      ['2026-03-02T10:00:00+08:00', '2026-03-02T12:30:00+08:00'],
      ['2026-03-02T23:50:00+08:00', null],
      ['2026-03-05T08:00:00+08:00', '2026-03-06T08:00:00+08:00'],
    ]) {
      const { id } = await buildConversation(server);
      await em.nativeUpdate(
        Conversation,
        { id },
        { createdAt: new Date(created as string), resolvedAt: resolved ? new Date(resolved) : null },
      );
    }
  });
  afterAll(() => server.close());

  it("streams a CSV whose rows are the dashboard's figures, and audits the export", async () => {
    const response = await download({ ...params, format: 'csv' }, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="report-day-2026-03-01-Asia_Shanghai\.csv"/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('period,start,end,started,completed,backlog,first_response_median_minutes,resolution_median_minutes');

    const dashboard = await server.gql<{ dashboard: { buckets: Array<Record<string, string | number | null>> } }>(
      DASHBOARD,
      { input: { from: params.from, to: params.to, granularity: 'DAY', timezone: params.timezone } },
      { token: admin },
    );
    const expected = dashboard.data?.dashboard.buckets.map((b) =>
      [b.label, b.start, b.end, b.created, b.completed, b.backlog, b.firstResponseMedian, b.resolutionMedian]
        .map((v) => csvField(v as string | number | null))
        .join(','),
    );
    expect(lines.slice(1)).toEqual(expected);
    expect(lines).toHaveLength(8);
    expect(lines[2]).toMatch(/^2026-03-02,2026-03-01T16:00:00.000Z,2026-03-02T16:00:00.000Z,2,1,/);
    await eventually(async () => (await server.orm.em.fork().count(AuditLog, { action: 'report.export' })) > 0, 5000, 'the audit record');
  });

  it('writes the same rows as an XLSX workbook', async () => {
    const response = await download({ ...params, format: 'xlsx' }, admin);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Report');
    expect(sheet?.rowCount).toBe(8);
    expect(sheet?.getRow(1).getCell(1).value).toBe('period');
    expect([2, 3, 4, 5].map((c) => sheet?.getRow(3).getCell(c).value)).toEqual([
      '2026-03-01T16:00:00.000Z',
      '2026-03-02T16:00:00.000Z',
      2,
      1,
    ]);
  });

  it('refuses without a token, without report:export, and with bad parameters, with an error code', async () => {
    const codeOf = async (response: Response) => [
      response.status,
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
    ];
    expect(await codeOf(await download({ ...params, format: 'csv' }))).toEqual([401, 'UNAUTHENTICATED']);
    expect(await codeOf(await download({ ...params, format: 'csv' }, 'not-a-token'))).toEqual([401, 'UNAUTHENTICATED']);
    expect(await codeOf(await download({ ...params, format: 'csv' }, agent))).toEqual([403, 'FORBIDDEN']);
    expect(await codeOf(await download({ ...params, format: 'pdf' }, admin))).toEqual([400, 'BAD_USER_INPUT']);
    expect(await codeOf(await download({ ...params, granularity: 'hour' }, admin))).toEqual([400, 'BAD_USER_INPUT']);
    expect(await codeOf(await download({ ...params, from: 'yesterday' }, admin))).toEqual([400, 'BAD_USER_INPUT']);
    expect(await codeOf(await download({ ...params, from: params.to, to: params.from }, admin))).toEqual([400, 'BAD_USER_INPUT']);
    expect(await codeOf(await download({ ...params, timezone: 'Mars/Olympus' }, admin))).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('never lets a cell start a formula', () => {
    expect(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', 'fine', 'a,b', 'say "hi"'].map(csvField)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\tx",
      'fine',
      '"a,b"',
      '"say ""hi"""',
    ]);
    expect(csvField(-3)).toBe('-3');
  });
});
