import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The import rules of .dependency-cruiser.cjs, run over a small tree that breaks each of them once (and keeps the
// exceptions they allow), so a rule that silently stopped matching fails here.
const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration;

/** path → source. TypeScript as the app writes it: `.js` specifiers on the server, none on the web. */
const tree: Record<string, string> = {
  // The app's wiring, and a feature that reaches back into it.
  'server/src/main.ts': "import { createApp } from './app.js';\nvoid createApp;\n",
  'server/src/app.ts': "import { paths } from '../../web/src/paths';\nexport const createApp = () => paths;\n",
  'server/src/modules/tags/tag.resolver.ts': "import { createApp } from '../../app.js';\nexport const tagResolver = createApp;\n",
  // The old circle, with type-only imports all the way: context → services → a feature service → context.
  'server/src/graphql/context.ts': "import type { Services } from '../services.js';\nexport interface Context { services: Services }\n",
  'server/src/services.ts':
    "import type { TagService } from './modules/tags/tag.service.js';\nexport interface Services { tags: TagService }\n",
  'server/src/modules/tags/tag.service.ts':
    "import type { Context } from '../../graphql/context.js';\nexport class TagService { run(_ctx: Context) {} }\n",
  'server/src/graphql/errors.ts': 'export const forbidden = () => new Error();\n',
  // Infrastructure that knows a feature.
  'server/src/realtime/pubsub.ts': "import { Tag } from '../modules/tags/tag.entity.js';\nexport const topic = Tag.name;\n",
  'server/src/mail/mailer.ts': "import type { Services } from '../services.js';\nexport type Mailer = Services;\n",
  // A permission matrix that calls a service (its import of errors is fine).
  'server/src/permissions/permissions.ts':
    "import { forbidden } from '../graphql/errors.js';\nimport { TagService } from '../modules/tags/tag.service.js';\nexport const rules = [forbidden, TagService];\n",
  // Entities referencing each other: allowed. An entity in a circle with a non-entity: not.
  'server/src/modules/users/user.entity.ts': "import { Team } from '../teams/team.entity.js';\nexport class User { teams?: Team[] }\n",
  'server/src/modules/teams/team.entity.ts': "import { User } from '../users/user.entity.js';\nexport class Team { members?: User[] }\n",
  'server/src/modules/tags/tag.entity.ts': "import { canTag } from './tag.policy.js';\nexport class Tag { can = canTag }\n",
  'server/src/modules/tags/tag.policy.ts':
    "import type { Tag } from './tag.entity.js';\nexport const canTag = (tag: Tag) => Boolean(tag);\n",
  // The web app, which reaches into the server, and an import that leads nowhere.
  'web/src/paths.ts': "export const paths = { home: '/' };\n",
  'web/src/api.ts': "import type { Context } from '../../server/src/graphql/context.js';\nexport type Api = Context;\n",
  'web/src/broken.ts': "import { nothing } from './missing';\nexport default nothing;\n",
};

let root: string;
let result: ICruiseResult;

/** The violations as `rule: from → to`, sorted. */
const violations = () => result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`).sort();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'import-rules-'));
  for (const [path, source] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  const { forbidden, options } = config;
  const cruised = await cruise(['server', 'web'], { ...options, ruleSet: { forbidden }, validate: true, baseDir: root });
  result = cruised.output as ICruiseResult;
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('import rules', () => {
  it('flag each import that breaks a layering rule, and no other', () => {
    expect(violations().filter((line) => !line.startsWith('no-circular'))).toEqual([
      'feature-imports-wiring: server/src/modules/tags/tag.resolver.ts → server/src/app.ts',
      'infrastructure-knows-a-feature: server/src/mail/mailer.ts → server/src/services.ts',
      'infrastructure-knows-a-feature: server/src/realtime/pubsub.ts → server/src/modules/tags/tag.entity.ts',
      'not-to-unresolvable: web/src/broken.ts → ./missing',
      'permission-matrix-imports-a-service: server/src/permissions/permissions.ts → server/src/modules/tags/tag.service.ts',
      'server-imports-web: server/src/app.ts → web/src/paths.ts',
      'web-imports-server: web/src/api.ts → server/src/graphql/context.ts',
    ]);
  });

  it('flag a circle of type-only imports', () => {
    const circles = result.summary.violations.filter((violation) => violation.rule.name === 'no-circular');
    const cycles = circles.map((violation) => [violation.from, ...(violation.cycle ?? []).map((step) => step.name)]);
    expect(cycles).toContainEqual(
      expect.arrayContaining(['server/src/graphql/context.ts', 'server/src/services.ts', 'server/src/modules/tags/tag.service.ts']),
    );
  });

  it('allow a circle of entities only, not one an entity shares with another file', () => {
    const inCircles = new Set(
      result.summary.violations
        .filter((violation) => violation.rule.name === 'no-circular')
        .flatMap((violation) => [violation.from, ...(violation.cycle ?? []).map((step) => step.name)]),
    );
    expect(inCircles).not.toContain('server/src/modules/users/user.entity.ts');
    expect(inCircles).not.toContain('server/src/modules/teams/team.entity.ts');
    expect(inCircles).toContain('server/src/modules/tags/tag.policy.ts');
  });

  it('say why for every rule, and each rule fails on the tree', () => {
    const rules = config.forbidden ?? [];
    for (const rule of rules) expect(rule.comment?.length ?? 0, rule.name).toBeGreaterThan(80);
    expect(new Set(result.summary.violations.map((violation) => violation.rule.name))).toEqual(new Set(rules.map((rule) => rule.name)));
  });
});
