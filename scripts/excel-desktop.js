#!/usr/bin/env node
/*
 * Before `npm run start:desktop` (office-addin-debugging): which desktop Excel is installed, and
 * whether the add-in can run in it. The manifest asks for ExcelApi 1.9: Microsoft 365 (Click-to-Run),
 * Office 2021 / LTSC 2021 or later, retail Office 2019 from version 1903, Excel for Mac 16.24 or
 * later; a volume-licensed (MSI) Office 2016/2019 never gets it. Office from the Microsoft Store
 * keeps its registry apart, so sideloading through the developer key may not reach it.
 * Exit status 1 only when there is no desktop Excel to start (Linux, nothing found).
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', windowsHide: true });
  return r.status === 0 ? r.stdout : '';
}

/** What kind of installation a Windows machine has, from the registry and the app packages. */
function windowsInstall(query = run, powershell = run) {
  const c2r = query('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration', '/v', 'VersionToReport']);
  const version = /VersionToReport\s+REG_SZ\s+(\S+)/.exec(c2r)?.[1] ?? null;
  if (version) return { kind: 'click-to-run', version };
  const store = powershell('powershell', ['-NoProfile', '-Command', 'Get-AppxPackage -Name Microsoft.Office.Desktop* | Select-Object -ExpandProperty Version']);
  if (store.trim()) return { kind: 'store', version: store.trim().split(/\s+/)[0] };
  for (const v of ['16.0', '15.0']) {
    const msi = query('reg', ['query', `HKLM\\SOFTWARE\\Microsoft\\Office\\${v}\\Excel\\InstallRoot`, '/v', 'Path']);
    if (/Path\s+REG_SZ/.test(msi)) return { kind: 'msi', version: v };
  }
  return { kind: 'none', version: null };
}

/** Excel for Mac's version from its bundle. */
function macVersion(read = (f) => fs.readFileSync(f, 'utf8')) {
  try {
    const plist = read('/Applications/Microsoft Excel.app/Contents/Info.plist');
    return /<key>CFBundleShortVersionString<\/key>\s*<string>([^<]+)<\/string>/.exec(plist)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Whether a Mac version is 16.24 or later. */
function macSupported(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > 16 || (major === 16 && minor >= 24);
}

/** Italian advice for an installation: { ok, lines }. */
function advice(platform, install) {
  if (platform === 'darwin') {
    if (!install.version) return { ok: false, lines: ['Excel per Mac non è installato in /Applications.'] };
    if (!macSupported(install.version)) return { ok: true, lines: [`Excel per Mac ${install.version}: il componente richiede la versione 16.24 o successiva. Aggiorna Excel (Aiuto › Controlla aggiornamenti).`] };
    return { ok: true, lines: [`Excel per Mac ${install.version}.`] };
  }
  if (platform !== 'win32') {
    return { ok: false, lines: ['Su questo sistema non c’è Excel desktop: usa Excel per il web (npm run dev-server, poi carica manifest.xml da Inserisci › Componenti aggiuntivi › Carica il componente aggiuntivo).'] };
  }
  switch (install.kind) {
    case 'click-to-run':
      return { ok: true, lines: [`Excel (Microsoft 365 o Office a consumo, versione ${install.version}).`] };
    case 'store':
      return {
        ok: true,
        lines: [
          `Excel installato da Microsoft Store (${install.version}): il caricamento di prova può non raggiungerlo.`,
          'Se il componente non compare, usa la cartella condivisa (README, Installazione in Excel) o installa Office con il programma di installazione di Microsoft 365.',
        ],
      };
    case 'msi':
      return {
        ok: true,
        lines: [
          `Office ${install.version} installato con Windows Installer (MSI, licenza a volume): non offre ExcelApi 1.9 e il componente non si caricherà.`,
          'Serve Microsoft 365, Office 2021 / LTSC 2021 o successivo, oppure Office 2019 al dettaglio dalla versione 1903.',
        ],
      };
    default:
      return { ok: false, lines: ['Non trovo Excel desktop su questo computer.'] };
  }
}

module.exports = { windowsInstall, macVersion, macSupported, advice };

if (require.main === module) {
  const install = process.platform === 'win32' ? windowsInstall() : { kind: 'mac', version: process.platform === 'darwin' ? macVersion() : null };
  const { ok, lines } = advice(process.platform, install);
  for (const l of lines) (ok ? console.log : console.error)(l);
  if (!ok) process.exit(1);
}
