import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

interface SectionFrameProps {
  title: ReactNode;
  subtitle: ReactNode;
  icon: ReactNode;
  emptyTitle: ReactNode;
  emptyDescription: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page's header and its empty state: the frame each area starts from before its data arrives. */
export function SectionFrame({ title, subtitle, icon, emptyTitle, emptyDescription, actions, children }: SectionFrameProps) {
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {children}
      <EmptyState icon={icon} title={emptyTitle} description={emptyDescription} />
    </>
  );
}
