/**
 * The clinlint language server: a thin adapter between LSP and `lintNote()`. Speaks stdio
 * (`--stdio`, any editor) and node IPC (`--node-ipc`, VS Code). Logs carry rule ids, counts and
 * timings, never the note's text.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, type LoadedConfig } from '../config/config.js';
import { CONFIG_FILE, findConfigChain, readConfigFile, resolveConfigFor } from '../config/discovery.js';
import type { Finding } from '../findings.js';
import { lintNote, type LintOptions } from '../lint.js';
import { NoteMemo } from '../note/memo.js';
import { NoteModel } from '../note/model.js';
import { ADD_TO_DICTIONARY, codeActions, FIX_ALL_KIND } from './actions.js';
import { addToUserDictionary } from '../config/user-dictionary.js';
import { createServerConnection, LOG_PREFIX } from './connection.js';
import { toDiagnostic, toRange } from './convert.js';
import { completions } from './completion.js';
import { dateHover, quantityHover, termHover } from './hover.js';
import { glossaryWith } from '../knowledge/glossary.js';
import { byDate, timeline } from '../note/timeline.js';
import { documentSymbols, foldingRanges } from './outline.js';
import { DEFAULT_SETTINGS, isNote, normaliseSettings, type Settings } from './settings.js';

interface Linted {
  version: number;
  findings: Finding[];
  /** The options it was linted with (the glossary for hover and completion). */
  options: LintOptions;
}

/** Documents whose lint keeps a memo for the next (see `memos`). */
const MEMOS_KEPT = 4;

export function startServer(connection: Connection = createServerConnection()): Connection {
  const documents = new TextDocuments(TextDocument);
  const results = new Map<string, Linted>();
  /** The model of the last document linted, for hover and outline; others are rebuilt on demand (memory stays flat with many open notes). */
  let lastModel: { uri: string; version: number; model: NoteModel } | undefined;
  const modelOf = (doc: TextDocument): NoteModel => {
    if (lastModel?.uri !== doc.uri || lastModel.version !== doc.version) lastModel = { uri: doc.uri, version: doc.version, model: new NoteModel(doc.getText()) };
    return lastModel.model;
  };
  /**
   * What the last lint of a document computed line by line and paragraph by paragraph, for its next (an edit
   * re-reads what it changed only): for the few documents edited last, least recent first (a memo
   * holds its note's text; a hundred open notes need not keep one each).
   */
  const memos = new Map<string, NoteMemo>();
  const memoFor = (uri: string): NoteMemo => {
    const memo = memos.get(uri) ?? new NoteMemo();
    memos.delete(uri);
    memos.set(uri, memo);
    if (memos.size > MEMOS_KEPT) memos.delete(memos.keys().next().value!);
    return memo;
  };
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsCache = new Map<string, Promise<Settings>>();
  let configCache = new Map<string, LoadedConfig | null>();
  let workspaceFolders: string[] = [];
  let docsBase: string | undefined;
  let canAskConfiguration = false;
  let hasWorkspaceFolders = false;
  /** False in an untrusted VS Code workspace: the workspace's .clinlintrc.json files are not read. */
  let trusted = true;
  let shutDown = false;
  const docIds = new Map<string, number>();
  /** A short, stable label for a document in logs: never its path (file names can identify patients). */
  const label = (uri: string) => {
    if (!docIds.has(uri)) docIds.set(uri, docIds.size + 1);
    return `document#${docIds.get(uri)}`;
  };
  const log = (message: string) => connection.console.log(`${LOG_PREFIX} ${message}`);
  const warned = new Set<string>();
  /** A problem with a user's file, shown once per session (it names the file, not the note). */
  const warnOnce = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    connection.window.showWarningMessage(`clinlint : ${message}`);
  };

  const filePathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
  const folderOf = (path: string | undefined) =>
    path ? workspaceFolders.filter((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0] : undefined;

  function settingsFor(uri: string): Promise<Settings> {
    if (!canAskConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'clinlint' })
        .then(normaliseSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  }

  /** Editor settings first, then the .clinlintrc.json files: the file shared with CI wins. */
  function optionsFor(path: string | undefined, settings: Settings): LintOptions {
    const anchor = path ?? (workspaceFolders[0] ? join(workspaceFolders[0], 'note.txt') : undefined);
    let fileRules = {};
    let patient: LintOptions['patient'];
    let referenceDate: string | undefined;
    let glossary: LintOptions['glossary'];
    let dictionary: LintOptions['dictionary'];
    if (anchor && trusted) {
      try {
        const resolved = resolveConfigFor(anchor, {}, configCache);
        fileRules = resolved.rules;
        patient = resolved.patient;
        referenceDate = resolved.referenceDate;
        glossary = resolved.glossary;
        dictionary = resolved.dictionary?.words;
        for (const w of resolved.dictionary?.warnings ?? []) warnOnce(w);
      } catch (e) {
        const message = e instanceof ConfigError ? e.message : 'configuration illisible';
        connection.window.showErrorMessage(`clinlint : ${message}`);
        log(`configuration error for ${label(anchor)}`);
      }
    }
    return { rules: { ...settings.rules, ...fileRules }, patient, referenceDate, glossary, dictionary };
  }

  async function validate(doc: TextDocument): Promise<void> {
    if (shutDown) return;
    const settings = await settingsFor(doc.uri);
    const path = filePathOf(doc.uri);
    if (!settings.enable || !isNote(doc.languageId, path, folderOf(path), settings)) {
      results.delete(doc.uri);
      await connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return;
    // Already linted at this version: TextDocuments fires a content change with every open, after
    // the open's own lint. (Settings changes clear the results first.)
    if (results.get(doc.uri)?.version === doc.version) return;
    const started = performance.now();
    const options = optionsFor(path, settings);
    const { findings, model, ruleErrors } = lintNote(doc.getText(), { ...options, memo: memoFor(doc.uri) });
    for (const e of ruleErrors) log(`rule ${e.ruleId} failed on ${label(doc.uri)}`);
    results.set(doc.uri, { version: doc.version, findings, options });
    lastModel = { uri: doc.uri, version: doc.version, model };
    await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: findings.map((f, i) => toDiagnostic(doc, f, i, docsBase)) });
    log(`${label(doc.uri)} v${doc.version}: ${findings.length} findings in ${(performance.now() - started).toFixed(1)} ms`);
  }

  function schedule(doc: TextDocument, immediately = false): void {
    clearTimeout(timers.get(doc.uri));
    const run = () => {
      timers.delete(doc.uri);
      validate(doc).catch((e) => log(`lint failed for ${label(doc.uri)}: ${e instanceof Error ? e.name : 'error'}`));
    };
    if (immediately) {
      run();
      return;
    }
    settingsFor(doc.uri).then((s) => {
      clearTimeout(timers.get(doc.uri));
      timers.set(doc.uri, setTimeout(run, s.debounce));
    });
  }

  function relintAll(): void {
    settingsCache.clear();
    configCache = new Map();
    results.clear();
    for (const doc of documents.all()) schedule(doc, true);
  }

  /** Up-to-date lint of an open document (lints now if the debounced run has not happened yet). */
  async function linted(uri: string): Promise<{ doc: TextDocument; result: Linted } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let result = results.get(uri);
    if (!result || result.version !== doc.version) {
      await validate(doc);
      result = results.get(uri);
    }
    return result && result.version === doc.version ? { doc, result } : undefined;
  }

  function disableRuleEdit(uri: string, ruleId: string): WorkspaceEdit | undefined {
    const path = filePathOf(uri);
    if (!path) return undefined;
    const chain = findConfigChain(dirname(path), new Map());
    const nearest = chain[chain.length - 1];
    if (nearest) {
      try {
        const { config } = readConfigFile(nearest.path);
        const updated = { ...config, rules: { ...config.rules, [ruleId]: 'off' } };
        const target = pathToFileURL(nearest.path).href;
        return { changes: { [target]: [{ range: { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } }, newText: JSON.stringify(updated, null, 2) + '\n' }] } };
      } catch {
        return undefined;
      }
    }
    const folder = folderOf(path) ?? dirname(path);
    const target = pathToFileURL(join(folder, CONFIG_FILE)).href;
    return {
      documentChanges: [
        { kind: 'create', uri: target, options: { ignoreIfExists: true } },
        { textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2) + '\n' }] },
      ],
    };
  }

  /** After shutdown, LSP wants every request but exit refused with InvalidRequest. */
  const afterShutdown = () => new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down');

  /** Every handler answers, whatever happens inside: a failure is logged (without text) and answered empty. */
  const safely =
    <P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R | ResponseError> => {
      if (shutDown) return afterShutdown();
      try {
        return await handler(params);
      } catch (e) {
        log(`${name} failed: ${e instanceof Error ? e.name : 'error'}`);
        return fallback;
      }
    };

  connection.onInitialize((params) => {
    if (shutDown) return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down', { retry: false });
    const init = (params.initializationOptions ?? {}) as { docsBaseUri?: string; trusted?: boolean };
    trusted = init.trusted !== false;
    docsBase = init.docsBaseUri ?? pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')).href;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [fileURLToPath(params.rootUri)];
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    hasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        documentSymbolProvider: { label: 'clinlint' },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [ADD_TO_DICTIONARY] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'clinlint', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    // Only a client that supports workspace folders may be asked for their changes.
    if (!hasWorkspaceFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
      workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...e.added.map((f) => fileURLToPath(f.uri))];
      relintAll();
    });
  });

  connection.onDidChangeConfiguration(() => relintAll());
  connection.onDidChangeWatchedFiles(() => relintAll());

  documents.onDidOpen((e) => schedule(e.document, true));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    results.delete(e.document.uri);
    memos.delete(e.document.uri);
    if (lastModel?.uri === e.document.uri) lastModel = undefined;
    settingsCache.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.onCodeAction(
    safely('codeAction', [], async (params) => {
      const l = await linted(params.textDocument.uri);
      if (!l) return [];
      return codeActions({
        doc: l.doc,
        findings: l.result.findings,
        diagnostics: params.context.diagnostics,
        only: params.context.only,
        disableRuleEdit: (ruleId) => disableRuleEdit(l.doc.uri, ruleId),
        canAddWords: trusted && filePathOf(l.doc.uri) !== undefined,
      });
    }),
  );

  connection.onHover(
    safely('hover', null, async (params) => {
      const l = await linted(params.textDocument.uri);
      if (!l) return null;
      const offset = l.doc.offsetAt(params.position);
      const model = modelOf(l.doc);
      return quantityHover(l.doc, model, offset) ?? dateHover(l.doc, model, offset) ?? termHover(l.doc, model, offset, glossaryWith(l.result.options.glossary)) ?? null;
    }),
  );

  connection.onCompletion(
    safely('completion', null, async (params) => {
      const l = await linted(params.textDocument.uri);
      if (!l) return null;
      const before = l.doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
      return completions(before, glossaryWith(l.result.options.glossary));
    }),
  );

  connection.onDocumentSymbol(
    safely('documentSymbol', [], async (params) => {
      const l = await linted(params.textDocument.uri);
      return l ? documentSymbols(l.doc, modelOf(l.doc)) : [];
    }),
  );

  connection.onFoldingRanges(
    safely('foldingRange', [], async (params) => {
      const l = await linted(params.textDocument.uri);
      return l ? foldingRanges(l.doc, modelOf(l.doc)) : [];
    }),
  );

  /** The 'Chronologie' view: the note's dated events in date order; null for a document clinlint does not lint. */
  connection.onRequest(
    'clinlint/timeline',
    safely('timeline', null, async (params: { uri: string }) => {
      const l = await linted(params.uri);
      if (!l) return null;
      return byDate(timeline(modelOf(l.doc))).map((e) => ({ text: e.text, value: e.value, label: e.label, range: toRange(l.doc, e.range), sentence: toRange(l.doc, e.sentence) }));
    }),
  );

  /** 'Lint the workspace': a note from disk, its findings published as for an open one. */
  connection.onRequest(
    'clinlint/lintFile',
    safely('lintFile', { findings: -1 }, async (params: { uri: string }) => {
      if (documents.get(params.uri)) {
        await validate(documents.get(params.uri)!);
        return { findings: results.get(params.uri)?.findings.length ?? 0 };
      }
      const path = filePathOf(params.uri);
      if (!path) return { findings: -1 };
      const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
      const settings = await settingsFor(params.uri);
      const doc = TextDocument.create(params.uri, 'clinical-note', 0, text);
      const { findings } = lintNote(text, optionsFor(path, settings));
      await connection.sendDiagnostics({ uri: params.uri, diagnostics: findings.map((f, i) => toDiagnostic(doc, f, i, docsBase)) });
      return { findings: findings.length };
    }),
  );

  /** 'Ajouter « mot » au dictionnaire': appends to the .clinlint/dictionnaire.txt of the note's workspace folder, then relints. */
  connection.onExecuteCommand(
    safely('executeCommand', null, (params) => {
      if (params.command !== ADD_TO_DICTIONARY) return null;
      const [uri, word] = (params.arguments ?? []) as [unknown, unknown];
      const path = typeof uri === 'string' ? filePathOf(uri) : undefined;
      if (!path || typeof word !== 'string' || !trusted) return null;
      try {
        addToUserDictionary(folderOf(path) ?? dirname(path), word);
      } catch (e) {
        connection.window.showErrorMessage(`clinlint : ${e instanceof ConfigError ? e.message : 'ajout au dictionnaire impossible'}`);
        return null;
      }
      log(`word added to the user dictionary for ${label(uri as string)}`);
      relintAll();
      return null;
    }),
  );

  /** Unknown requests: MethodNotFound, as without this handler, but InvalidRequest after shutdown. */
  connection.onRequest((method) => (shutDown ? afterShutdown() : new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`)));

  connection.onShutdown(() => {
    if (shutDown) return afterShutdown();
    shutDown = true;
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    return undefined;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
