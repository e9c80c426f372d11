// The certificate verification page: reads a Fieldcourse credential (a VC-JWT
// signed with Ed25519), checks it in this browser and shows one verdict.
// Nothing is sent anywhere: the page's Content-Security-Policy forbids any
// connection, and the token usually arrives in the URL fragment, which
// browsers never send to a server.
//
// Token forms read (see docs/certificates.md): the Open Badges 3.0.3 VC-JWT,
// whose payload is the credential, and the older form with the credential
// in the `vc` claim: `credential = payload.vc ?? payload`.
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('fieldcourse-config').textContent);
  const LANGUAGE_KEY = 'fieldcourse-verifier-language';
  // How far ahead of this device's clock `nbf` may be (as the command line).
  const CLOCK_SKEW_SECONDS = 5 * 60;
  const MAX_TOKEN_CHARS = 64 * 1024;
  const ENVELOPE_PREFIX = 'data:application/vc+jwt,';
  const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const params = new URLSearchParams(location.search);
  // `?engine=library` skips WebCrypto: how the built-in Ed25519 code is tested.
  const forceLibrary = params.get('engine') === 'library';

  let language = pickLanguage();
  let current = null; // the last result shown, redrawn when the language changes

  // ---- Words -------------------------------------------------------------

  function pickLanguage() {
    const known = config.languages.map((entry) => entry.tag);
    const wanted = [params.get('lang')];
    try { wanted.push(localStorage.getItem(LANGUAGE_KEY)); } catch (_) { /* storage off */ }
    wanted.push(...(navigator.languages || [navigator.language]));
    for (const tag of wanted) {
      const primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
      if (known.includes(primary)) return primary;
    }
    return known[0];
  }

  function text(id) {
    return config.strings[language][id] ?? config.strings.en[id] ?? id;
  }

  // The message `id` as nodes, each `{name}` replaced by `values[name]` in
  // its own <bdi>, so a Latin name keeps its order inside an Arabic sentence.
  function fill(element, id, values) {
    element.textContent = '';
    for (const part of text(id).split(/(\{[a-z]+\})/)) {
      const name = /^\{([a-z]+)\}$/.exec(part);
      if (name && values && name[1] in values) {
        const isolated = document.createElement('bdi');
        isolated.textContent = values[name[1]];
        element.append(isolated);
      } else {
        element.append(part);
      }
    }
  }

  function formatDate(seconds) {
    if (!Number.isFinite(seconds)) return '';
    const date = new Date(seconds * 1000);
    try {
      return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    } catch (_) {
      return date.toISOString().slice(0, 10);
    }
  }

  function applyLanguage() {
    const entry = config.languages.find((candidate) => candidate.tag === language);
    document.documentElement.lang = language;
    document.documentElement.dir = entry && entry.rtl ? 'rtl' : 'ltr';
    document.title = text('verifier-title');
    const ids = {
      title: 'verifier-title', intro: 'verifier-intro', 'language-label': 'verifier-language',
      'paste-label': 'verifier-paste-label', check: 'verifier-check', 'file-label': 'verifier-file-label',
      'drop-hint': 'verifier-drop', 'trusted-heading': 'verifier-trusted-heading',
      'trusted-none': 'verifier-trusted-none', privacy: 'verifier-privacy',
    };
    for (const [element, id] of Object.entries(ids)) document.getElementById(element).textContent = text(id);
    document.getElementById('paste').placeholder = text('verifier-paste-placeholder');
    for (const button of document.querySelectorAll('#languages button')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === language));
    }
    if (current) show(current);
  }

  function buildLanguageSwitcher() {
    const nav = document.getElementById('languages');
    for (const entry of config.languages) {
      const button = document.createElement('button');
      button.type = 'button';
      button.id = 'language-' + entry.tag;
      button.dataset.lang = entry.tag;
      button.lang = entry.tag;
      button.textContent = entry.name;
      button.addEventListener('click', () => {
        language = entry.tag;
        try { localStorage.setItem(LANGUAGE_KEY, language); } catch (_) { /* storage off */ }
        applyLanguage();
      });
      nav.append(button);
    }
  }

  function buildTrustedList() {
    const list = document.getElementById('trusted-list');
    for (const issuer of config.trusted) {
      const item = document.createElement('li');
      const name = document.createElement('bdi');
      name.textContent = issuer.name;
      const key = document.createElement('span');
      key.className = 'key';
      key.dir = 'ltr';
      key.textContent = issuer.did;
      item.append(name, key);
      list.append(item);
    }
    document.getElementById('trusted-none').hidden = config.trusted.length > 0;
  }

  // ---- Finding the token -------------------------------------------------

  // A bare token, a link ending in `#token`, or the `.json` envelope.
  function tokenFromText(input) {
    let value = String(input || '').trim();
    if (value.startsWith('{')) {
      try {
        const envelope = JSON.parse(value);
        const id = envelope && typeof envelope.id === 'string' ? envelope.id : '';
        value = id.startsWith(ENVELOPE_PREFIX) ? id.slice(ENVELOPE_PREFIX.length) : '';
      } catch (_) {
        value = '';
      }
    }
    const hash = value.lastIndexOf('#');
    if (hash >= 0) value = value.slice(hash + 1);
    try { value = decodeURIComponent(value); } catch (_) { /* keep as written */ }
    return value.replace(/\s+/g, '');
  }

  // A certificate PDF carries its `.json` envelope uncompressed.
  function tokenFromPdf(bytes) {
    const latin1 = new TextDecoder('latin1').decode(bytes);
    const start = latin1.indexOf(ENVELOPE_PREFIX);
    if (start < 0) return '';
    return /^[A-Za-z0-9_.-]*/.exec(latin1.slice(start + ENVELOPE_PREFIX.length))[0];
  }

  // ---- Decoding ----------------------------------------------------------

  class Rejection extends Error {
    constructor(reason, values) {
      super(reason);
      this.reason = reason;
      this.values = values || {};
    }
  }

  function base64url(part) {
    if (!/^[A-Za-z0-9_-]*$/.test(part) || part.length % 4 === 1) throw new Rejection('malformed');
    const padded = part.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((part.length + 3) % 4);
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  }

  function json(bytes) {
    try {
      const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      if (value && typeof value === 'object' && !Array.isArray(value)) return value;
    } catch (_) { /* reported below */ }
    throw new Rejection('malformed');
  }

  function base58(textValue) {
    const bytes = [];
    for (const char of textValue) {
      let carry = BASE58.indexOf(char);
      if (carry < 0) throw new Rejection('key');
      for (let index = 0; index < bytes.length; index += 1) {
        carry += bytes[index] * 58;
        bytes[index] = carry & 0xff;
        carry >>= 8;
      }
      while (carry > 0) {
        bytes.push(carry & 0xff);
        carry >>= 8;
      }
    }
    for (const char of textValue) {
      if (char !== '1') break;
      bytes.push(0);
    }
    return Uint8Array.from(bytes.reverse());
  }

  // did:key:z + base58btc(0xed 0x01 + 32-byte Ed25519 public key).
  function publicKeyOf(did) {
    const prefix = 'did:key:z';
    if (typeof did !== 'string' || !did.startsWith(prefix)) throw new Rejection('key');
    const bytes = base58(did.slice(prefix.length));
    if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) throw new Rejection('key');
    return bytes.slice(2);
  }

  function seconds(claim, rfc3339) {
    if (typeof claim === 'number' && Number.isFinite(claim)) return claim;
    if (typeof rfc3339 === 'string') {
      const milliseconds = Date.parse(rfc3339);
      if (Number.isFinite(milliseconds)) return Math.floor(milliseconds / 1000);
    }
    return undefined;
  }

  // ---- Signature ---------------------------------------------------------

  let library = null;

  // The vendored @noble/ed25519 and @noble/hashes' SHA-512, loaded only when
  // needed. They are ES modules kept exactly as released; each becomes a
  // blob: URL, and the relative imports between them are pointed at those
  // URLs (relative URLs cannot resolve against a blob: URL).
  function loadLibrary() {
    if (!library) {
      library = (async () => {
        const sources = JSON.parse(document.getElementById('fieldcourse-ed25519').textContent);
        const urls = {};
        for (const module of sources.order) {
          let source = sources.modules[module];
          for (const [name, url] of Object.entries(urls)) {
            source = source.split('"./' + name + '"').join('"' + url + '"').split("'./" + name + "'").join("'" + url + "'");
          }
          urls[module] = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
        }
        const [ed, sha2] = await Promise.all([import(urls[sources.ed25519]), import(urls[sources.sha512])]);
        ed.hashes.sha512 = sha2.sha512;
        return ed;
      })();
    }
    return library;
  }

  async function verifyWithBrowser(publicKey, signature, message) {
    const subtle = globalThis.crypto && globalThis.crypto.subtle;
    if (forceLibrary || !subtle) return null;
    try {
      const key = await subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
      return await subtle.verify({ name: 'Ed25519' }, key, signature, message);
    } catch (_) {
      // No Ed25519 in this browser (or a key it refuses): the library decides.
      return null;
    }
  }

  async function verifySignature(publicKey, signature, message) {
    const answer = await verifyWithBrowser(publicKey, signature, message);
    if (answer !== null) return { good: answer, engine: 'browser' };
    let ed;
    try {
      ed = await loadLibrary();
    } catch (_) {
      throw new Rejection('no-crypto');
    }
    let good = false;
    try {
      // RFC 8032 strict form (`zip215: false`), as the command line checks.
      good = ed.verify(signature, message, publicKey, { zip215: false });
    } catch (_) {
      good = false;
    }
    return { good, engine: 'library' };
  }

  // ---- The check ---------------------------------------------------------

  function facts(credential, payload) {
    const subject = credential.credentialSubject || {};
    const identifiers = Array.isArray(subject.identifier) ? subject.identifier : [];
    const named = identifiers.find((entry) => entry && entry.identityType === 'name' && entry.hashed === false);
    const issuer = typeof credential.issuer === 'object' && credential.issuer ? credential.issuer : {};
    const fieldcourse = credential.fieldcourse || {};
    return {
      name: named && typeof named.identityHash === 'string' ? named.identityHash : '',
      course: subject.achievement && typeof subject.achievement.name === 'string' ? subject.achievement.name : '',
      completed: seconds(undefined, subject.activityEndDate) ?? seconds(payload.nbf, credential.validFrom),
      issuerName: typeof issuer.name === 'string' ? issuer.name : '',
      validUntil: seconds(payload.exp, credential.validUntil),
      code: typeof fieldcourse.code === 'string' ? fieldcourse.code : '',
    };
  }

  async function check(token, now) {
    if (!token) throw new Rejection('not-found');
    if (token.length > MAX_TOKEN_CHARS) throw new Rejection('malformed');
    const parts = token.split('.');
    if (parts.length !== 3) throw new Rejection(token.startsWith('eyJ') ? 'malformed' : 'not-found');
    const header = json(base64url(parts[0]));
    if (header.crit !== undefined) throw new Rejection('critical');
    if (header.alg !== 'EdDSA') throw new Rejection('algorithm');
    const payload = json(base64url(parts[1]));
    const signature = base64url(parts[2]);
    if (signature.length !== 64) throw new Rejection('malformed');
    const credential = payload.vc && typeof payload.vc === 'object' ? payload.vc : payload;
    const issuerId = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer && credential.issuer.id;
    const iss = typeof payload.iss === 'string' ? payload.iss : issuerId;
    const signer = typeof header.kid === 'string' ? header.kid.split('#')[0] : iss;
    const publicKey = publicKeyOf(signer);
    const message = new TextEncoder().encode(parts[0] + '.' + parts[1]);
    const { good, engine } = await verifySignature(publicKey, signature, message);
    if (!good) throw new Rejection('signature', { engine });
    // The signature holds; now the signed content must agree with itself.
    if (signer !== iss || issuerId !== iss) throw new Rejection('key-mismatch', { engine });
    if (payload.jti !== undefined && payload.jti !== credential.id) throw new Rejection('inconsistent', { engine });
    const about = facts(credential, payload);
    const validFrom = seconds(payload.nbf, credential.validFrom);
    if (validFrom === undefined) throw new Rejection('inconsistent', { engine });
    if (validFrom > now + CLOCK_SKEW_SECONDS) {
      throw new Rejection('not-yet', { engine, date: formatDate(validFrom), validFrom });
    }
    const trusted = config.trusted.find((entry) => entry.did === signer);
    const expired = about.validUntil !== undefined && now >= about.validUntil;
    // As on the command line: an unknown issuer outweighs an expiry.
    const verdict = !trusted ? 'unknown' : expired ? 'expired' : 'valid';
    return { verdict, engine, about, signer, trusted };
  }

  async function run(token) {
    current = { verdict: 'checking' };
    show(current);
    try {
      current = await check(token, Math.floor(Date.now() / 1000));
    } catch (error) {
      const reason = error instanceof Rejection ? error.reason : 'malformed';
      current = { verdict: 'invalid', reason, values: error.values || {} };
    }
    show(current);
  }

  // ---- Showing the verdict -----------------------------------------------

  function addFact(list, labelId, value, className) {
    if (!value) return;
    const term = document.createElement('dt');
    term.textContent = text(labelId);
    const detail = document.createElement('dd');
    if (className) {
      detail.className = className;
      detail.dir = 'ltr';
    }
    const isolated = document.createElement('bdi');
    isolated.textContent = value;
    detail.append(isolated);
    list.append(term, detail);
  }

  function show(result) {
    const section = document.getElementById('verdict');
    section.hidden = false;
    section.dataset.verdict = result.verdict;
    section.dataset.engine = result.engine || (result.values && result.values.engine) || '';
    section.dataset.reason = result.reason || '';
    const heading = document.getElementById('verdict-text');
    const detail = document.getElementById('verdict-detail');
    const list = document.getElementById('facts');
    const engine = document.getElementById('engine');
    list.textContent = '';
    detail.textContent = '';
    engine.textContent = '';
    if (result.verdict === 'checking') {
      heading.textContent = text('verifier-checking');
      return;
    }
    heading.textContent = text('verifier-verdict-' + result.verdict);
    if (result.verdict === 'invalid') {
      if (result.reason === 'not-yet') result.values.date = formatDate(result.values.validFrom);
      fill(detail, 'verifier-reason-' + result.reason, result.values);
    } else {
      const about = result.about;
      if (result.verdict === 'valid') fill(detail, 'verifier-detail-valid', { issuer: result.trusted.name });
      if (result.verdict === 'unknown') fill(detail, 'verifier-detail-unknown');
      if (result.verdict === 'expired') fill(detail, 'verifier-detail-expired', { date: formatDate(about.validUntil) });
      addFact(list, 'verifier-field-name', about.name);
      addFact(list, 'verifier-field-course', about.course);
      addFact(list, 'verifier-field-date', formatDate(about.completed));
      if (result.trusted) {
        addFact(list, 'verifier-field-issuer', result.trusted.name);
      } else {
        addFact(list, 'verifier-field-issuer-claimed', about.issuerName);
      }
      addFact(list, 'verifier-field-valid-until', formatDate(about.validUntil));
      addFact(list, 'verifier-field-code', about.code, 'key');
      addFact(list, 'verifier-field-key', result.signer, 'key');
    }
    const used = section.dataset.engine;
    if (used) engine.textContent = text(used === 'browser' ? 'verifier-engine-browser' : 'verifier-engine-library');
  }

  // ---- Wiring ------------------------------------------------------------

  async function readFile(file) {
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const isPdf = bytes.length > 4 && String.fromCharCode(...bytes.slice(0, 4)) === '%PDF';
      await run(isPdf ? tokenFromPdf(bytes) : tokenFromText(new TextDecoder().decode(bytes)));
    } catch (_) {
      current = { verdict: 'invalid', reason: 'file', values: {} };
      show(current);
    }
  }

  function checkFragment() {
    if (location.hash.length > 1) run(tokenFromText(location.hash));
  }

  buildLanguageSwitcher();
  buildTrustedList();
  applyLanguage();
  document.getElementById('paste-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run(tokenFromText(document.getElementById('paste').value));
  });
  document.getElementById('file').addEventListener('change', (event) => readFile(event.target.files[0]));
  const zone = document.documentElement;
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    document.getElementById('drop-zone').classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => document.getElementById('drop-zone').classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    document.getElementById('drop-zone').classList.remove('dragging');
    readFile(event.dataTransfer && event.dataTransfer.files[0]);
  });
  window.addEventListener('hashchange', checkFragment);
  checkFragment();
})();
