/** The document settings are untrusted: only an object of text voci is a settings map. */
import { settingsMapFrom, SETTINGS_KEY } from '../../src/host/documentSettings';

describe('settingsMapFrom', () => {
  it('keeps the text voci of a stored object', () => {
    expect(settingsMapFrom({ 'Soglia raggiungimento %': '80', 'Pesi TUTTI': 'esclusi' })).toEqual({
      'Soglia raggiungimento %': '80',
      'Pesi TUTTI': 'esclusi',
    });
  });

  it('leaves out values that are not text (nothing the pane writes)', () => {
    expect(settingsMapFrom({ Ente: 'Comune di Prova', Anno: 2025, Scala: ['a', 'b'], Altro: { x: 1 }, Vuoto: null })).toEqual({ Ente: 'Comune di Prova' });
  });

  it.each([[null], [undefined], ['peg'], [42], [true], [['Soglia', '80']]])('gives no settings for a stored %p', (stored) => {
    expect(settingsMapFrom(stored)).toEqual({});
  });

  it('is saved under the key the add-in has always used', () => {
    expect(SETTINGS_KEY).toBe('peg.impostazioni');
  });
});
