import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/errors';
import { toFieldIssues } from '../../../shared/contract/issues';
import { DOCUMENT_PARTS, SECTORS, type DocumentPart, type Sector } from '../../../shared/domain/document';
import type { CallFailure } from '../../bridge';
import { issueMessage, useUiLanguage } from '../../i18n';
import { Button, FormField, Notice } from '../../ui';
import type { EditorController } from './controller';
import { refusalText } from './messages';

const FIELDS = ['part', 'sector', 'titleVi', 'titleLo'] as const;

interface Values {
  part: DocumentPart;
  sector: Sector;
  titleVi: string;
  titleLo: string;
}

const EMPTY: Values = { part: 'tasks', sector: 'custom', titleVi: '', titleLo: '' };

/**
 * "Add a section": part, sector and the two titles. Checked with the contract schema first (an empty
 * Vietnamese title is refused here), then by the backend (a duplicate title in the same part).
 */
export function AddSectionForm({ controller, documentId }: { controller: EditorController; documentId: string }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(EMPTY);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <div className="ed-add-section">
        <Button data-control="add-section" data-testid="add-section" onClick={() => setOpen(true)}>
          <span aria-hidden="true">+ </span>
          {t('editor.addSection.open')}
        </Button>
      </div>
    );
  }

  const byField = new Map<string, FieldIssue>();
  for (const issue of issues) if (!byField.has(issue.path)) byField.set(issue.path, issue);
  const error = (field: string) => {
    const issue = byField.get(field);
    return issue ? issueMessage(t, issue, locale) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = contract['sections.add'].req.safeParse({ documentId, ...values });
    if (!parsed.success) {
      const found = toFieldIssues(parsed.error).filter((i) => (FIELDS as readonly string[]).includes(i.path));
      setIssues(found);
      setFailure(null);
      const firstBad = FIELDS.find((f) => found.some((i) => i.path === f));
      if (firstBad) document.getElementById(`ed-add-section-${firstBad}`)?.focus();
      return;
    }
    setBusy(true);
    const refused = await controller.addSection({ part: values.part, sector: values.sector, titleVi: values.titleVi, titleLo: values.titleLo });
    setBusy(false);
    if (refused) {
      const fieldIssues = (refused.issues ?? []).filter((i) => (FIELDS as readonly string[]).includes(i.path));
      setIssues(fieldIssues);
      setFailure(fieldIssues.length > 0 ? null : refused);
      const firstBad = fieldIssues[0]?.path;
      if (firstBad) document.getElementById(`ed-add-section-${firstBad}`)?.focus();
      return;
    }
    setValues(EMPTY);
    setIssues([]);
    setFailure(null);
    setOpen(false);
  };

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setIssues((list) => list.filter((i) => i.path !== field));
  };

  return (
    <form className="ed-add-section ed-add-section--open" onSubmit={(e) => void submit(e)} noValidate data-testid="add-section-form" aria-labelledby="ed-add-section-heading">
      <h3 className="ed-add-section__heading" id="ed-add-section-heading">
        {t('editor.addSection.heading')}
      </h3>
      {failure ? (
        <Notice tone="error" role="alert" testId="add-section-failure">
          {refusalText(t, failure, locale)}
        </Notice>
      ) : null}
      <div className="ed-add-section__grid">
        <FormField id="ed-add-section-part" label={t('editor.addSection.part')} error={error('part')}>
          {(control) => (
            <select {...control} ref={first} className="input select" data-control="add-section" data-testid="add-section-part" value={values.part} onChange={(e) => set('part', e.target.value as DocumentPart)}>
              {DOCUMENT_PARTS.map((part) => (
                <option key={part} value={part}>
                  {t(`part.${part}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="ed-add-section-sector" label={t('editor.addSection.sector')} error={error('sector')}>
          {(control) => (
            <select {...control} className="input select" data-testid="add-section-sector" value={values.sector} onChange={(e) => set('sector', e.target.value as Sector)}>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {t(`sector.${sector}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="ed-add-section-titleVi" label={t('editor.addSection.titleVi')} required error={error('titleVi')}>
          {(control) => (
            <input {...control} className="input" lang="vi" data-testid="add-section-titleVi" value={values.titleVi} onChange={(e) => set('titleVi', e.target.value)} />
          )}
        </FormField>
        <FormField id="ed-add-section-titleLo" label={t('editor.addSection.titleLo')} error={error('titleLo')}>
          {(control) => (
            <input {...control} className="input" lang="lo" data-testid="add-section-titleLo" value={values.titleLo} onChange={(e) => set('titleLo', e.target.value)} />
          )}
        </FormField>
      </div>
      <div className="ed-add-section__actions">
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy} data-testid="add-section-submit">
          {t('editor.addSection.submit')}
        </Button>
        <Button
          onClick={() => {
            setOpen(false);
            setIssues([]);
            setFailure(null);
          }}
          data-testid="add-section-cancel"
        >
          {t('editor.cancel')}
        </Button>
      </div>
    </form>
  );
}
