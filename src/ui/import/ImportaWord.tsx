/**
 * The «Importa da Word…» button. The dialog behind it (the Word reader, the import's parser, the
 * register's plan) is a chunk of its own, loaded on the first click: it is not part of what the
 * pane loads before it can show anything (test/e2e/bundle.test.ts).
 */
import { Button, Spinner } from '@fluentui/react-components';
import { DocumentArrowLeftRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import type { ImportaWordProps } from './ImportaWordDialog';

const ImportaWordDialog = lazy(() => import(/* webpackChunkName: "importa-word" */ './ImportaWordDialog').then((m) => ({ default: m.ImportaWordDialog })));

export function ImportaWord(props: ImportaWordProps) {
  const [open, setOpen] = useState(false);
  // Mounted from the first click on, so closing and reopening keeps the chosen document's preview.
  const [wanted, setWanted] = useState(false);
  if (!props.host.readDocument) return null;
  return (
    <>
      <Button
        icon={<DocumentArrowLeftRegular />}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        Importa da Word…
      </Button>
      {wanted && (
        <Suspense fallback={<Spinner size="tiny" label="Apertura dell'importazione…" />}>
          <ImportaWordDialog {...props} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
