import DataLoader from 'dataloader';

const perRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader per request context and lookup: field resolvers of a list share it, so each kind of lookup is
 * one batched query per response. It batches but does not cache: a subscription's context lives for many
 * events, and each event must see the current answer.
 */
export function loaderFor<V>(context: object, name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(context, loaders);
  }
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch, { maxBatchSize: 500, cache: false });
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
