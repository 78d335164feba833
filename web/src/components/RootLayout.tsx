import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { RouteFallback } from './RouteFallback';

/** The root route: lazily loaded pages suspend here; scroll position is restored on back/forward. */
export function RootLayout() {
  return (
    <>
      <Suspense fallback={<RouteFallback />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </>
  );
}
