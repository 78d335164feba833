import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSdl } from './print.js';
import { buildBareSchema } from './schema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema.graphql');
writeFileSync(target, printSdl(await buildBareSchema()));
console.log(`schema written to ${target}`);
