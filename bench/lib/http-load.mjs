// HTTP load with autocannon, in this process (the server runs in another one): POST /graphql, or a GET of `path`.
import autocannon from 'autocannon';
import { percentile, sortedSamples } from './stats.mjs';

/** Counts GraphQL errors by code: Apollo answers most of them (rate limits, forbidden) with HTTP 200. */
function tallyErrors(byCode, text) {
  try {
    for (const error of JSON.parse(text).errors ?? []) {
      const code = error.extensions?.code ?? 'NO_CODE';
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
    }
  } catch {
    byCode.set('UNPARSEABLE', (byCode.get('UNPARSEABLE') ?? 0) + 1);
  }
}

function withRandomAddress(request) {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return { ...request, headers: { ...request.headers, 'x-forwarded-for': `10.${octet()}.${octet()}.${octet()}` } };
}

/** Per-request changes, or none (autocannon then sends one prepared buffer, the cheapest for the load generator). */
function requestSetup(manyAddresses, nextBody) {
  if (!manyAddresses && !nextBody) return {};
  return {
    setupRequest: (request) => {
      const next = nextBody ? { ...request, body: JSON.stringify(nextBody()) } : request;
      return manyAddresses ? withRandomAddress(next) : next;
    },
  };
}

/**
 * Runs one load: `seconds` long, or `amount` requests (warm-up). Latency is taken from every response here,
 * so p95 is exact (autocannon's own histogram only offers p97.5 and counts 2xx only). `nextBody()`, when given,
 * makes each request's body (e.g. a different search query each time).
 */
export function runHttpLoad({ url, body, path, token, connections, seconds, amount, manyAddresses = false, nextBody }) {
  const latencies = [];
  const graphqlErrors = new Map();
  let failedOk = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        // A `path` is fetched with GET (the report export); otherwise the GraphQL body is POSTed.
        url: path ? `${url}${path}` : `${url}/graphql`,
        method: path ? 'GET' : 'POST',
        connections,
        ...(amount ? { amount } : { duration: seconds }),
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(path ? {} : { body: JSON.stringify(body) }),
        requests: [
          {
            // Per-address rate limits (passwordStrength) would measure refusals: pose as many clients instead
            // (the bench's server believes X-Forwarded-For from loopback).
            ...requestSetup(manyAddresses, nextBody),
            // A cheap substring test first: parsing every healthy body would slow the load generator down.
            onResponse: (status, text) => {
              if (path ? status < 300 : !text.includes('"errors"')) return;
              tallyErrors(graphqlErrors, text);
              if (status < 300) failedOk += 1; // non-2xx ones are already in autocannon's non2xx
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = sortedSamples(latencies);
        resolve({
          reqPerSec: result.requests.average,
          total: latencies.length,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          // autocannon's `errors` already includes its `timeouts`; failedOk are 200s whose body holds GraphQL errors.
          errors: result.errors + result.non2xx + failedOk,
          detail: {
            graphqlErrorsOn200: failedOk,
            socketErrors: result.errors - result.timeouts,
            timeouts: result.timeouts,
            non2xx: result.non2xx,
            statusCodes: result.statusCodeStats,
            graphqlErrors: Object.fromEntries(graphqlErrors),
          },
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}
