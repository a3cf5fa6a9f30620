/**
 * «Aiuto»: the user guide (aiuto.html, next to the pane's page), opened in a new window so the
 * pane stays where it was. An icon, so that it fits beside the tabs in a 320 px pane.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { QuestionCircleRegular } from '@fluentui/react-icons';

/** Relative: the guide is served beside taskpane.html, in Excel as on the standalone page. */
export const HELP_URL = 'aiuto.html';

const useStyles = makeStyles({
  link: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    minWidth: '32px',
    height: '32px',
    marginLeft: 'auto',
    marginRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    fontSize: '20px',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorBrandForeground1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export function HelpLink() {
  const styles = useStyles();
  return (
    // A plain title, not a Fluent Tooltip: the tooltip's portal would sit over the pane at load.
    <a className={styles.link} href={HELP_URL} target="_blank" rel="noopener" aria-label="Aiuto" title="Aiuto: la guida per l'utente">
      <QuestionCircleRegular aria-hidden="true" />
    </a>
  );
}
