import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, ProvinceRef } from '../../../shared/contract/schemas';
import { effectiveScope } from '../../../shared/drafting/scope';
import { localName, useUiLanguage } from '../../i18n';
import { Badge, Button, Dialog } from '../../ui';
import type { EditorController } from './controller';

/** What a scope is set on: a whole section, or one clause (which otherwise takes its parent's or section's). */
export interface ScopeTarget {
  kind: 'clause' | 'section';
  id: string;
  /** "II." or "II. 3." as the officer reads it. */
  label: string;
}

/** Partners in the document's order, and the effective scope of a clause as the tracking table shows it. */
export function clauseScope(doc: DocumentDetail, clauseId: string): { partners: ProvinceRef[]; chosen: ProvinceRef[]; scoped: boolean; own: boolean } {
  const clauses = new Map(doc.sections.flatMap((s) => s.clauses).map((c) => [c.id, c]));
  const clause = clauses.get(clauseId);
  const section = doc.sections.find((s) => s.id === clause?.sectionId);
  const partnerIds = doc.partners.map((p) => p.provinceId);
  const scope = effectiveScope(clauseId, clauses, section?.scopeProvinceIds ?? [], partnerIds);
  return {
    partners: doc.partners,
    chosen: doc.partners.filter((p) => scope.provinceIds.includes(p.provinceId)),
    scoped: scope.scoped,
    own: (clause?.scopeProvinceIds.length ?? 0) > 0,
  };
}

/** A section's own scope ([] = all partners). */
export function sectionScope(doc: DocumentDetail, sectionId: string): ProvinceRef[] {
  const ids = doc.sections.find((s) => s.id === sectionId)?.scopeProvinceIds ?? [];
  return doc.partners.filter((p) => ids.includes(p.provinceId));
}

/** "Only for …" shown on a clause or section scoped to some partners; nothing when it is for all of them. */
export function ScopeBadge({ names, inherited, testId }: { names: string[]; inherited: boolean; testId: string }) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <Badge tone="info" testId={testId}>
      {t(inherited ? 'editor.scope.onlyInherited' : 'editor.scope.only', { names: names.join(', ') })}
    </Badge>
  );
}

/**
 * For which partner provinces a clause or section is: all of them (the default; a clause then follows its
 * parent or section), or the ones ticked. The follow-up counts a clause only under its partners.
 */
export function ScopeDialog({ doc, controller, target, onClose }: { doc: DocumentDetail; controller: EditorController; target: ScopeTarget; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const own =
    target.kind === 'section'
      ? (doc.sections.find((s) => s.id === target.id)?.scopeProvinceIds ?? [])
      : (doc.sections.flatMap((s) => s.clauses).find((c) => c.id === target.id)?.scopeProvinceIds ?? []);
  const [mode, setMode] = useState<'all' | 'some'>(own.length > 0 ? 'some' : 'all');
  const [chosen, setChosen] = useState<Set<string>>(new Set(own));
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const ids = mode === 'all' ? [] : doc.partners.map((p) => p.provinceId).filter((id) => chosen.has(id));
    if (mode === 'some' && ids.length === 0) {
      setError(t('editor.scope.pickOne'));
      return;
    }
    onClose();
    await controller.setScope({ kind: target.kind, id: target.id }, ids);
  };

  const toggle = (id: string, on: boolean) => {
    setError(null);
    setMode('some');
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  return (
    <Dialog
      title={t(target.kind === 'section' ? 'editor.scope.titleSection' : 'editor.scope.titleClause', { label: target.label })}
      testId="scope-dialog"
      onCancel={onClose}
      actions={
        <>
          <Button onClick={onClose} data-testid="scope-cancel">
            {t('editor.extras.cancel')}
          </Button>
          <Button variant="primary" onClick={() => void save()} data-testid="scope-save">
            {t('editor.scope.save')}
          </Button>
        </>
      }
    >
      <p className="ed-scope__intro">{t('editor.scope.intro')}</p>
      <fieldset className="ed-scope">
        <legend className="visually-hidden">{t('editor.scope.legend')}</legend>
        <label className="ed-scope__option">
          <input type="radio" name="scope-mode" checked={mode === 'all'} onChange={() => setMode('all')} data-testid="scope-all" data-autofocus={mode === 'all' ? true : undefined} />
          {t(target.kind === 'section' ? 'editor.scope.allSection' : 'editor.scope.allClause')}
        </label>
        <label className="ed-scope__option">
          <input type="radio" name="scope-mode" checked={mode === 'some'} onChange={() => setMode('some')} data-testid="scope-some" data-autofocus={mode === 'some' ? true : undefined} />
          {t('editor.scope.some')}
        </label>
        <ul className="ed-scope__partners">
          {doc.partners.map((partner) => (
            <li key={partner.provinceId}>
              <label className="ed-scope__option">
                <input
                  type="checkbox"
                  checked={mode === 'some' && chosen.has(partner.provinceId)}
                  onChange={(event) => toggle(partner.provinceId, event.currentTarget.checked)}
                  data-testid="scope-partner"
                  data-province-id={partner.provinceId}
                />
                {localName(partner, language)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error ? (
        <p className="field__error" role="alert" data-testid="scope-error">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
