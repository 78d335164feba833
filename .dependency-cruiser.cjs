// Import rules (`npm run lint:imports`, part of `npm run lint`): each says why in its comment, and dependency-cruiser
// prints that comment next to the import that breaks it. scripts/import-rules.test.ts shows every rule failing on a
// small tree that breaks it. Paths are relative to the repository root.

/** The app's wiring: the composition root and what it assembles. Features are wired by it, never the other way. */
const WIRING = '^server/src/(main|app|services)\\.ts$';
/** Tests may assemble the app and reach across layers. */
const TESTS = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'feature-imports-wiring',
      severity: 'error',
      comment:
        'A feature under server/src/modules/ must not import the app wiring (main.ts, app.ts, services.ts): the wiring ' +
        'imports every feature, so this makes a circle and ties the feature to all the others. Take what you need as a ' +
        'constructor argument, or from a base file such as graphql/viewer.ts or graphql/context.ts.',
      from: { path: '^server/src/modules/', pathNot: TESTS },
      to: { path: WIRING },
    },
    {
      name: 'server-imports-web',
      severity: 'error',
      comment:
        'The server must not import the web app: they are built, typed and deployed apart, and share only the GraphQL ' +
        'schema (schema.graphql).',
      from: { path: '^server/' },
      to: { path: ['^web/', '^node_modules/@ics/web/'] },
    },
    {
      name: 'web-imports-server',
      severity: 'error',
      comment:
        'The web app must not import server code: it would drag Node modules into the browser bundle. Talk to the ' +
        'server through GraphQL; the generated types in web/src/graphql/generated come from schema.graphql.',
      from: { path: '^web/' },
      to: { path: ['^server/', '^node_modules/@ics/server/'] },
    },
    {
      name: 'infrastructure-knows-a-feature',
      severity: 'error',
      comment:
        'server/src/realtime/ and server/src/mail/ are infrastructure every feature may use, so they know no feature ' +
        '(server/src/modules/, or services.ts that holds them all): a feature hands them plain data (a topic and a ' +
        'payload, a rendered mail) instead.',
      from: { path: '^server/src/(realtime|mail)/', pathNot: TESTS },
      to: { path: ['^server/src/modules/', '^server/src/services\\.ts$'] },
    },
    {
      name: 'permission-matrix-imports-a-service',
      severity: 'error',
      comment:
        'The permission matrix (server/src/permissions/) names GraphQL operations and the permission each needs; it ' +
        'does not call services, finders or resolvers. A check that needs data belongs in the feature policy ' +
        '(modules/<feature>/<feature>.policy.ts), run by the service.',
      from: { path: '^server/src/permissions/', pathNot: TESTS },
      to: { path: ['^server/src/services\\.ts$', '^server/src/modules/.+\\.(service|finder|scope|resolver)\\.ts$'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import circle (type-only imports included) makes load order matter and couples everything in it: a module ' +
        'can read another before it is initialised. Break it by moving the shared piece (often a type) to a file both ' +
        'import. Only entities that reference each other through ORM relations (Rel<>/Ref<>) may form a circle, and ' +
        'then every file in it is an *.entity.ts.',
      from: {},
      to: { circular: true, via: { pathNot: '\\.entity\\.ts$' } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'This import resolves to no file, so the rules above cannot see where it leads. Fix the path, or install the ' +
        'package it names.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // `import type` and type-only re-exports count: they tie files together as much as any other import.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    // Resolve packages as Node and the bundler do (`exports` maps), and type-only packages by their typings, so that
    // not-to-unresolvable flags only imports that are really broken.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'browser', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
