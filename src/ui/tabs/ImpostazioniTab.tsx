/**
 * Impostazioni: the SMVP settings, saved in the workbook (Office settings of the document). Each
 * field says the value in use and where it comes from (foglio Impostazioni cell / documento /
 * predefinito); a field the sheet overrides says so and links to the cell.
 */
import { Button, Caption1, Field, Input, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Switch, Textarea } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { defaultImpostazioni, type Impostazioni } from '../../core/model';
import { describeSource, settingSource } from '../../core/settings/definitions';
import type { PaneState } from '../paneState';
import { hostErrorMessage, type SettingsMap, type WorkbookHost } from '../../host/workbookHost';
import { SETTING_FIELDS, validateSetting, type SettingField } from '../settingsForm';
import { useCommonStyles } from './common';

function FieldInput({ field, value, placeholder, onChange }: { field: SettingField; value: string; placeholder: string; onChange(v: string): void }) {
  if (field.kind === 'choice') {
    return (
      <RadioGroup value={value || placeholder} onChange={(_e, d) => onChange(d.value)}>
        {field.choices!.map((c) => (
          <Radio key={c.value} value={c.value} label={c.label} />
        ))}
      </RadioGroup>
    );
  }
  if (field.kind === 'yesno') {
    const on = (value || placeholder).toUpperCase() === 'SI';
    return <Switch checked={on} label={on ? 'Sì' : 'No'} onChange={(_e, d) => onChange(d.checked ? 'SI' : 'NO')} />;
  }
  if (field.kind === 'bands') {
    return <Textarea value={value} placeholder={placeholder} resize="vertical" onChange={(_e, d) => onChange(d.value)} />;
  }
  return <Input value={value} placeholder={placeholder} onChange={(_e, d) => onChange(d.value)} inputMode={field.kind === 'text' || field.kind === 'scale' ? 'text' : 'decimal'} />;
}

/** `In uso: 90 (foglio Impostazioni, cella B4)` and, when the sheet holds it, a link to that cell. */
function InUse({ field, imp, host, onError }: { field: SettingField; imp: Impostazioni; host: WorkbookHost; onError(m: string): void }) {
  const common = useCommonStyles();
  const source = settingSource(imp, field.key);
  const shown = field.current(imp) || 'vuoto';
  if (source.kind !== 'foglio') {
    return (
      <Caption1 className={common.muted}>
        In uso: {shown} ({describeSource(source)})
      </Caption1>
    );
  }
  const go = () => host.selectCell(source.sheet, source.cell).catch((err) => onError(hostErrorMessage(err)));
  return (
    <Caption1>
      In uso: {shown}, scritto nel{' '}
      <Link as="button" type="button" onClick={() => void go()}>
        {describeSource(source)}
      </Link>
      : prevale su quanto salvato qui; per cambiarlo, modifica quella cella.
    </Caption1>
  );
}

export function ImpostazioniTab({ state, host }: { state: PaneState; host: WorkbookHost }) {
  const common = useCommonStyles();
  const [saved, setSaved] = useState<SettingsMap | null>(null);
  const [values, setValues] = useState<SettingsMap>({});
  const [message, setMessage] = useState<{ intent: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let alive = true;
    host
      .loadSettings()
      .then((s) => {
        if (!alive) return;
        setSaved(s);
        setValues(s);
      })
      .catch((err) => alive && setMessage({ intent: 'error', text: hostErrorMessage(err) }));
    return () => {
      alive = false;
    };
  }, [host]);

  // A plain .xlsx in the browser has no add-in settings part: there they last for the session.
  const standalone = host.kind === 'standalone';
  const effective = state.check?.piano.impostazioni ?? defaultImpostazioni();
  const hasSheet = state.check?.piano.sheets.some((s) => s.kind === 'impostazioni') ?? false;
  // The reader's own check: what the form accepts, the reader reads.
  const problems = Object.fromEntries(SETTING_FIELDS.map((f) => [f.voce, validateSetting(f, values[f.voce] ?? '', effective)]));
  const invalid = Object.values(problems).some((p) => p !== null);

  const save = async () => {
    setSaving(true);
    setMessage(null);
    // Keys the form does not show (e.g. a column mapping) are kept as they were.
    const next: SettingsMap = { ...(saved ?? {}) };
    for (const f of SETTING_FIELDS) {
      const v = (values[f.voce] ?? '').trim();
      if (v) next[f.voce] = v;
      else delete next[f.voce];
    }
    // A changed field the Impostazioni sheet also holds does not take effect: say so, not "applicate".
    const overridden = SETTING_FIELDS.filter(
      (f) => (next[f.voce] ?? '') !== (saved?.[f.voce] ?? '') && settingSource(effective, f.key).kind === 'foglio',
    ).map((f) => {
      const src = settingSource(effective, f.key);
      return `«${f.voce}» (${describeSource(src)})`;
    });
    try {
      await host.saveSettings(next);
      setSaved(next);
      if (overridden.length > 0) {
        setMessage({
          intent: 'warning',
          text: `Impostazioni salvate, ma ${overridden.join(', ')} ${overridden.length === 1 ? 'è scritta' : 'sono scritte'} nel foglio «Impostazioni», che prevale: per cambiarle, modifica il foglio.`,
        });
      } else {
        setMessage({ intent: 'success', text: standalone ? 'Impostazioni applicate: con «Genera» sono scritte nel file scaricato.' : 'Impostazioni salvate nella cartella di lavoro.' });
      }
      await state.recheck();
    } catch (err) {
      setMessage({ intent: 'error', text: hostErrorMessage(err) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={common.stack}
      onSubmit={(e) => {
        e.preventDefault();
        if (!invalid) void save();
      }}
      aria-label="Impostazioni del Sistema di misurazione e valutazione"
    >
      <Caption1 className={common.muted}>
        Le regole del Sistema di misurazione e valutazione dell’ente.{' '}
        {standalone
          ? 'Senza Excel valgono per la sessione e, con «Genera», sono scritte nel file scaricato, dove le leggono anche Excel e peg.'
          : 'Sono salvate nella cartella di lavoro.'}{' '}
        Un campo vuoto usa il valore predefinito.
      </Caption1>
      {hasSheet && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>La cartella ha un foglio «Impostazioni»: le voci scritte lì prevalgono su quelle salvate qui.</MessageBarBody>
        </MessageBar>
      )}
      {SETTING_FIELDS.map((f) => (
        <div key={f.voce} className={common.stack} style={{ gap: 2 }}>
          <Field label={f.voce} hint={f.help} validationState={problems[f.voce] ? 'error' : 'none'} validationMessage={problems[f.voce] ?? undefined}>
            <FieldInput field={f} value={values[f.voce] ?? ''} placeholder={f.current(effective)} onChange={(v) => setValues({ ...values, [f.voce]: v })} />
          </Field>
          <InUse field={f} imp={effective} host={host} onError={(text) => setMessage({ intent: 'error', text })} />
        </div>
      ))}
      <div className={common.row}>
        <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={saving || invalid || saved === null}>
          {saving ? 'Salvataggio…' : 'Salva impostazioni'}
        </Button>
      </div>
      <div aria-live="polite">
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
