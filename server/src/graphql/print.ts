import { type GraphQLSchema, printSchema } from 'graphql';

/** SDL in the order the code declares it, with a header. */
export function printSdl(schema: GraphQLSchema): string {
  return `# Generated from the server code by \`npm run schema:print\`. Do not edit.\n\n${printSchema(schema)}\n`;
}
