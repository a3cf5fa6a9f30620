/**
 * The standalone page's stand-in for selecting a cell in Excel: a dialog with the cells around the
 * one a diagnostic names, read-only, the named cell highlighted.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { a1, cellAt, columnLetters, parseA1, type WorkbookGrid } from '../core/grid';
import { cellText } from './cellText';
import { columnHeader } from './columnHeader';

/** Rows and columns shown on each side of the cell. */
const AROUND_ROWS = 4;
const AROUND_COLS = 3;

const useStyles = makeStyles({
  surface: { maxWidth: 'min(720px, calc(100vw - 24px))' },
  // Scrolls both ways inside the dialog; the column letters and row numbers stay in view (sticky).
  scroll: { overflow: 'auto', maxHeight: '55vh', border: `1px solid ${tokens.colorNeutralStroke2}` },
  // Separate borders: with collapsed ones Chromium lets the sticky headers' borders scroll away.
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'center',
  },
  colHead: { position: 'sticky', top: 0, zIndex: 1 },
  rowHead: { position: 'sticky', left: 0, zIndex: 1 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 2 },
  headerRow: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  gap: { textAlign: 'center', color: tokens.colorNeutralForeground3, padding: 0, lineHeight: '1' },
  cell: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    maxWidth: '220px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'top',
  },
  target: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'normal',
  },
});

export interface CellView {
  sheet: string;
  cell: string;
  grid: WorkbookGrid;
}

export function SheetPreview({ view, onClose }: { view: CellView | null; onClose(): void }) {
  const styles = useStyles();
  const sheet = view ? view.grid.sheets.find((s) => s.name.toLowerCase() === view.sheet.toLowerCase()) : undefined;
  const at = view ? parseA1(view.cell) : null;
  const rows: number[] = [];
  const cols: number[] = [];
  if (at) {
    for (let r = Math.max(0, at.row - AROUND_ROWS); r <= at.row + AROUND_ROWS; r++) rows.push(r);
    for (let c = Math.max(0, at.col - AROUND_COLS); c <= at.col + AROUND_COLS; c++) cols.push(c);
  }
  const value = sheet && at ? cellText(cellAt(sheet, at.row, at.col)) : '';
  const header = sheet && at ? columnHeader(sheet, at.row, at.col) : null;
  // The header row is shown on top when it is above the rows around the cell.
  const pinned = header !== null && rows.length > 0 && header.row < rows[0] ? header.row : null;
  const targetRef = useRef<HTMLTableCellElement>(null);
  // In a narrow pane the cell may sit beyond the visible columns: bring it into view.
  useEffect(() => {
    const t = setTimeout(() => targetRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'center' }), 50);
    return () => clearTimeout(t);
  }, [view]);

  return (
    <Dialog open={view !== null} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby="anteprima-cella-valore">
        <DialogBody>
          <DialogTitle>
            {view?.sheet}!{view?.cell}
          </DialogTitle>
          <DialogContent>
            <Caption1 as="p" id="anteprima-cella-valore">
              {header && at ? `Colonna ${columnLetters(at.col)}${header.text ? ` «${header.text}»` : ''} (intestazione alla riga ${header.row + 1}). ` : ''}
              {value ? `Contenuto della cella: «${value}».` : 'La cella è vuota.'} Anteprima in sola lettura: correggi il file in Excel e riaprilo.
            </Caption1>
            {sheet && at && (
              <div className={styles.scroll} tabIndex={0} role="region" aria-label={`Celle intorno a ${view?.cell}`}>
                <table className={styles.table}>
                  <caption className="peg-visually-hidden">
                    Foglio {sheet.name}, righe {rows[0] + 1}–{rows[rows.length - 1] + 1}
                  </caption>
                  <thead>
                    <tr>
                      <td className={`${styles.head} ${styles.corner}`} />
                      {cols.map((c) => (
                        <th key={c} scope="col" className={`${styles.head} ${styles.colHead}`}>
                          {columnLetters(c)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {pinned !== null && (
                      <>
                        <tr data-row="intestazione">
                          <th scope="row" className={`${styles.head} ${styles.rowHead}`}>
                            {pinned + 1}
                          </th>
                          {cols.map((c) => {
                            const text = cellText(cellAt(sheet, pinned, c));
                            return (
                              <td key={c} className={`${styles.cell} ${styles.headerRow}`} title={text || undefined} data-cell={a1(pinned, c)}>
                                {text}
                              </td>
                            );
                          })}
                        </tr>
                        {pinned + 1 < rows[0] && (
                          <tr aria-hidden="true">
                            <td className={styles.gap} colSpan={cols.length + 1}>
                              ⋮
                            </td>
                          </tr>
                        )}
                      </>
                    )}
                    {rows.map((r) => (
                      <tr key={r}>
                        <th scope="row" className={`${styles.head} ${styles.rowHead}`}>
                          {r + 1}
                        </th>
                        {cols.map((c) => {
                          const target = r === at.row && c === at.col;
                          const text = cellText(cellAt(sheet, r, c));
                          return (
                            <td key={c} ref={target ? targetRef : undefined} className={target ? `${styles.cell} ${styles.target}` : styles.cell} title={text || undefined} aria-current={target ? 'true' : undefined} data-cell={a1(r, c)}>
                              {text}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Chiudi
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
