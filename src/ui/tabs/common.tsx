/** Pieces the tabs share: the loading and error states, section titles. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PaneState } from '../paneState';

export const useCommonStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  title: { margin: `${tokens.spacingVerticalXS} 0 0 0` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Shows the read state; renders children only once there is an analysis to show. */
export function Ready({ state, analysis, children }: { state: PaneState; analysis: unknown; children: ReactNode }) {
  if (state.error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{state.error}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => void state.recheck()}>
            Riprova
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!analysis) return <Spinner size="small" label="Lettura della cartella di lavoro…" />;
  return <>{children}</>;
}

export function SectionTitle({ children, id }: { children: ReactNode; id?: string }) {
  const styles = useCommonStyles();
  return (
    <Subtitle2 as="h2" id={id} className={styles.title}>
      {children}
    </Subtitle2>
  );
}
