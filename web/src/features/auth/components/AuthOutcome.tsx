import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { IconTile } from '../../../components/IconTile';

interface AuthOutcomeProps {
  icon: ReactNode;
  colour: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** The end of an auth flow (link sent, password changed, link expired): a big icon, a message and the way on. */
export function AuthOutcome({ icon, colour, children, 'data-testid': testId }: AuthOutcomeProps) {
  return (
    <Stack spacing={2.5} sx={{ alignItems: 'center', textAlign: 'center' }} data-testid={testId}>
      <IconTile colour={colour} background={`${colour}22`} iconSize={34}>
        {icon}
      </IconTile>
      {children}
    </Stack>
  );
}
