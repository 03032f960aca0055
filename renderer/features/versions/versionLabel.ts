import type { TFunction } from 'i18next';
import type { VersionSummary } from '../../../shared/contract/features/versions';

/** The backend labels versions with codes ("signed", "amendment 2"); the UI says them in its language. */
export function versionLabel(t: TFunction, version: Pick<VersionSummary, 'label' | 'versionNo'>): string {
  if (version.label === 'signed') return t('versions.history.labelSigned');
  const amendment = /^amendment (\d+)$/u.exec(version.label);
  if (amendment) return t('versions.history.labelAmendment', { n: Number(amendment[1]) });
  return version.label;
}
