import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSaveLayout, SavedFile } from '../../../shared/contract/features/export';
import type { DocumentCheck } from '../../../shared/contract/features/versions';
import type { DocumentDetail } from '../../../shared/contract/schemas';
import { DEFAULT_LAO_FONT, LAO_FONTS, type LaoFont } from '../../../shared/domain/fonts';
import { call, type CallFailure } from '../../bridge';
import { checkProblemMessage, failureMessage, useUiLanguage } from '../../i18n';
import { Button, Dialog, Notice } from '../../ui';

const LAYOUTS: readonly ExportSaveLayout[] = ['vi', 'lo', 'bilingual', 'all'];

/** Clauses with no Lao text: the Lao original prints a placeholder for each. */
export function missingLaoClauses(doc: DocumentDetail): number {
  return doc.sections.flatMap((s) => s.clauses).filter((c) => c.textLo.trim() === '').length;
}

type State = { step: 'closed' } | { step: 'choose' } | { step: 'busy' } | { step: 'done'; saved: SavedFile[] } | { step: 'canceled' };

const LAO_FONT_KEY = 'hoptac.laoFont';

/** The Lao font the officer chose last time (this machine's fonts rarely change). */
function storedLaoFont(): LaoFont {
  try {
    const stored = window.localStorage.getItem(LAO_FONT_KEY);
    return (LAO_FONTS as readonly string[]).includes(stored ?? '') ? (stored as LaoFont) : DEFAULT_LAO_FONT;
  } catch {
    return DEFAULT_LAO_FONT;
  }
}

function storeLaoFont(font: LaoFont): void {
  try {
    window.localStorage.setItem(LAO_FONT_KEY, font);
  } catch {
    // storage unavailable: the choice is kept for this dialog only
  }
}

/**
 * "Export to Word" on the document page (button and Ctrl+E): choose the layout (or all three), a
 * warning when clauses have no Lao text, the native save dialog in the main process, then "Saved"
 * with Open file / Show in folder.
 */
export function ExportButton({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: 'closed' });
  const [layout, setLayout] = useState<ExportSaveLayout>('bilingual');
  const [laoFont, setLaoFont] = useState<LaoFont>(storedLaoFont);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  /** The signing check of the draft being exported ("Kiểm tra văn bản"), shown before saving. */
  const [check, setCheck] = useState<DocumentCheck | null>(null);
  const { language, locale } = useUiLanguage();
  const missing = missingLaoClauses(doc);
  const choosingNow = state.step === 'choose';

  // Each time the dialog opens on a draft: what the check finds (export is still allowed, it is a draft).
  useEffect(() => {
    if (!choosingNow || doc.status === 'signed') return undefined;
    let live = true;
    void call('documents.check', { id: doc.id }).then((answer) => {
      if (live) setCheck(answer.ok ? answer.value : null);
    });
    return () => {
      live = false;
    };
  }, [choosingNow, doc.id, doc.status]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        setFailure(null);
        setState((s) => (s.step === 'closed' ? { step: 'choose' } : s));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function close() {
    setState({ step: 'closed' });
    setFailure(null);
    document.querySelector<HTMLElement>('[data-testid="export-open"]')?.focus();
  }

  async function save() {
    setFailure(null);
    setState({ step: 'busy' });
    storeLaoFont(laoFont);
    const result = await call('export.save', { documentId: doc.id, layout, laoFont });
    if (!result.ok) {
      setFailure(result);
      setState({ step: 'choose' });
      return;
    }
    setState(result.value.canceled ? { step: 'canceled' } : { step: 'done', saved: result.value.saved });
  }

  async function reveal(path: string, action: 'open' | 'folder') {
    const result = await call('export.reveal', { path, action });
    if (!result.ok) setFailure(result);
  }

  const failureText = (f: CallFailure) => {
    const issue = f.issues?.[0];
    return issue ? t(`issues.${issue.code}`) : failureMessage(t, f);
  };

  const open = state.step !== 'closed';
  const choosing = state.step === 'choose' || state.step === 'busy';

  return (
    <>
      <Button onClick={() => setState({ step: 'choose' })} data-testid="export-open" aria-keyshortcuts="Control+E" title={t('exportWord.shortcut')}>
        {t('exportWord.button')}
      </Button>
      {open ? (
        <Dialog
          title={t('exportWord.title')}
          onCancel={close}
          testId="export-dialog"
          actions={
            choosing ? (
              <>
                <Button variant="primary" onClick={() => void save()} disabled={state.step === 'busy'} data-autofocus data-testid="export-save">
                  {state.step === 'busy' ? t('exportWord.busy') : t('exportWord.save')}
                </Button>
                <Button onClick={close} disabled={state.step === 'busy'} data-testid="export-cancel">
                  {t('exportWord.cancel')}
                </Button>
              </>
            ) : (
              <Button variant="primary" onClick={close} data-autofocus data-testid="export-close">
                {t('exportWord.close')}
              </Button>
            )
          }
        >
          {choosing ? (
            <fieldset className="export-layouts" disabled={state.step === 'busy'} aria-busy={state.step === 'busy'}>
              <legend>{t('exportWord.layout')}</legend>
              {LAYOUTS.map((l) => (
                <label key={l} style={{ display: 'block', margin: '0.25rem 0' }}>
                  <input type="radio" name="export-layout" value={l} checked={layout === l} onChange={() => setLayout(l)} data-testid={`export-layout-${l}`} />{' '}
                  {t(`exportWord.${l}`)}
                </label>
              ))}
            </fieldset>
          ) : null}
          {choosing && layout !== 'vi' ? (
            <label className="export-font" style={{ display: 'block', margin: '0.5rem 0' }}>
              {t('exportWord.laoFont')}{' '}
              <select value={laoFont} onChange={(e) => setLaoFont(e.target.value as LaoFont)} disabled={state.step === 'busy'} data-testid="export-lao-font">
                {LAO_FONTS.map((font) => (
                  <option key={font} value={font}>
                    {font}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {choosing && missing > 0 && layout !== 'vi' ? (
            <Notice tone="warning" testId="export-missing-lao">
              {t('exportWord.missingLao', { count: missing })}
            </Notice>
          ) : null}
          {choosing && check && check.problems.length > 0 ? (
            <Notice tone={check.blocking > 0 ? 'warning' : 'info'} testId="export-check">
              <strong>{t('check.title')}: </strong>
              {t('check.summary', { blocking: check.blocking, confirm: check.confirm })}
              <ul className="export-check__list">
                {check.problems.slice(0, 6).map((problem, index) => (
                  <li key={`${problem.code}:${problem.targetId}:${index}`} data-testid="export-check-problem" data-code={problem.code}>
                    {problem.label ? `${problem.label} ` : ''}
                    {checkProblemMessage(t, problem, language, locale)}
                  </li>
                ))}
              </ul>
              {check.problems.length > 6 ? <p>{t('exportWord.checkMore', { count: check.problems.length - 6 })}</p> : null}
            </Notice>
          ) : null}
          {state.step === 'canceled' ? <Notice testId="export-canceled">{t('exportWord.canceled')}</Notice> : null}
          {state.step === 'done' ? (
            <ul className="export-saved" data-testid="export-saved" style={{ listStyle: 'none', padding: 0 }}>
              {state.saved.map((file) => (
                <li key={file.path} style={{ margin: '0.5rem 0' }}>
                  <div role="status">{t('exportWord.saved', { file: file.fileName })}</div>
                  <Button size="small" onClick={() => void reveal(file.path, 'open')} data-testid={`export-reveal-open-${file.layout}`}>
                    {t('exportWord.open')}
                  </Button>{' '}
                  <Button size="small" onClick={() => void reveal(file.path, 'folder')} data-testid={`export-reveal-folder-${file.layout}`}>
                    {t('exportWord.folder')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          {failure ? (
            <Notice tone="error" role="alert" testId="export-error">
              {failureText(failure)}
            </Notice>
          ) : null}
        </Dialog>
      ) : null}
    </>
  );
}
