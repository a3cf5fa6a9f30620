/*
 * The development certificate of office-addin-dev-certs, shared by `npm start` and the webpack
 * dev server. Installing its CA asks for sudo or a system dialog; when that is not possible the
 * certificate files it made are still used, and the browser asks once to accept them.
 */
const fs = require('fs');
const devCerts = require('office-addin-dev-certs');
const defaults = require('office-addin-dev-certs/lib/defaults');

/** The certificate files already on disk, or null. */
function certificateOnDisk() {
  if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) return null;
  return { cert: fs.readFileSync(defaults.localhostCertificatePath), key: fs.readFileSync(defaults.localhostKeyPath) };
}

/** Makes the certificate files when missing, without installing the CA. */
async function ensureCertificateFiles() {
  if (!certificateOnDisk()) {
    await devCerts.generateCertificates(defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath);
  }
  return certificateOnDisk();
}

async function isCaTrusted() {
  try {
    return Boolean(await devCerts.isCaCertificateInstalled());
  } catch {
    return false;
  }
}

module.exports = { certificateOnDisk, ensureCertificateFiles, isCaTrusted, devCerts };
