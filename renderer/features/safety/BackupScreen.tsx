import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN } from '../../../shared/contract/features/safety';
import { call, type CallFailure } from '../../bridge';
import { useUiLanguage } from '../../i18n';
import { Button, Loading, Notice, Page, PageHeading, useLoad } from '../../ui';
import { refusalText } from './messages';

/**
 * Backups: the folder and rotation of the automatic backups, "Back up now…" (optionally with a passphrase, for a
 * USB stick) with its progress, and "Restore from backup…" from the list or any file. A restore keeps the
 * current data as a backup first, so restoring that undoes it; the page reloads on the restored data.
 */
export function BackupScreen({ onRestored = () => window.location.reload() }: { onRestored?: () => void }) {
  const { t } = useTranslation();
  const { locale } = useUiLanguage();
  const [settings, reloadSettings] = useLoad('backup.settings', () => call('backup.settings', {}));
  const [list, reloadList] = useLoad('backup.list', () => call('backup.list', {}));
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  // Kept as what happened (not as text), so a language switch shows it in the new language.
  const [message, setMessage] = useState<{ tone: 'info'; path: string } | { tone: 'error'; failure: CallFailure } | null>(null);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const sizes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  // The bar follows backup.progress while "Back up now…" runs (one request answers when it is done).
  useEffect(() => {
    if (!busy) return undefined;
    const timer = setInterval(() => {
      void call('backup.progress', {}).then((answer) => {
        if (answer.ok && answer.value.running) setProgress(answer.value.fraction);
      });
    }, 250);
    return () => clearInterval(timer);
  }, [busy]);

  const refresh = () => {
    reloadSettings();
    reloadList();
  };

  const backUpNow = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProgress(0);
    setMessage(null);
    const answer = await call('backup.now', encrypt ? { passphrase } : {});
    setBusy(false);
    setProgress(null);
    if (!answer.ok) setMessage({ tone: 'error', failure: answer });
    else if (!answer.value.canceled) {
      setMessage({ tone: 'info', path: answer.value.path ?? '' });
      setPassphrase('');
    }
  };

  const restore = async (name: string | undefined, date: string | undefined) => {
    if (name && !window.confirm(t('safety.backup.confirmRestore', { date: date ?? name }))) return;
    setBusy(true);
    setMessage(null);
    const answer = await call('backup.restore', { ...(name ? { name } : {}), ...(passphrase ? { passphrase } : {}) });
    setBusy(false);
    if (!answer.ok) return setMessage({ tone: 'error', failure: answer });
    if (answer.value.canceled) return;
    window.alert(t('safety.backup.restored', { kept: answer.value.keptBackup ?? '' }));
    onRestored();
  };

  const chooseFolder = async (reset: boolean) => {
    const answer = await call('backup.chooseFolder', { reset });
    if (!answer.ok) setMessage({ tone: 'error', failure: answer });
    refresh();
  };

  return (
    <Page heading={<PageHeading>{t('safety.backup.title')}</PageHeading>} testId="backup-screen">
      {settings.status === 'ready' ? (
        <section className="backup-settings">
          <p data-testid="backup-folder">{t('safety.backup.folder', { folder: settings.value.folder })}</p>
          <p>{t('safety.backup.keep', settings.value.keep)}</p>
          <Button variant="ghost" onClick={() => void chooseFolder(false)} disabled={busy}>
            {t('safety.backup.chooseFolder')}
          </Button>
          {!settings.value.isDefaultFolder ? (
            <Button variant="ghost" onClick={() => void chooseFolder(true)} disabled={busy}>
              {t('safety.backup.resetFolder')}
            </Button>
          ) : null}
        </section>
      ) : (
        <Loading label={t('list.loading')} />
      )}

      <form onSubmit={(e) => void backUpNow(e)} className="backup-now">
        <label className="backup-now__option">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} data-testid="backup-encrypt" /> {t('safety.backup.encrypt')}
        </label>
        <label className="backup-now__option">
          {t('safety.backup.passphrase')}{' '}
          <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} minLength={encrypt ? PASSPHRASE_MIN : undefined} data-testid="backup-passphrase" autoComplete="new-password" />
        </label>
        <p className="field__hint">{t('safety.backup.passphraseHint')}</p>
        <Button type="submit" disabled={busy || (encrypt && [...passphrase].length < PASSPHRASE_MIN)} data-testid="backup-now">
          {t('safety.backup.now')}
        </Button>
        <Button variant="ghost" onClick={() => void restore(undefined, undefined)} disabled={busy} data-testid="backup-restore-file">
          {t('safety.backup.restore')}
        </Button>
        {progress !== null ? (
          <p role="status">
            <progress max={1} value={progress} /> {t('safety.backup.progress', { percent: Math.round(progress * 100) })}
          </p>
        ) : null}
      </form>

      {message ? (
        <Notice tone={message.tone} role={message.tone === 'error' ? 'alert' : 'status'} testId="backup-message">
          {message.tone === 'error' ? refusalText(t, message.failure, locale) : t('safety.backup.done', { path: message.path })}
        </Notice>
      ) : null}

      {list.status === 'ready' ? (
        list.value.items.length === 0 ? (
          <p data-testid="backup-empty">{t('safety.backup.empty')}</p>
        ) : (
          <table className="backup-list" data-testid="backup-list">
            <tbody>
              {list.value.items.map((item) => (
                <tr key={item.name}>
                  <td>{dates.format(new Date(item.createdAt))}</td>
                  <td>{t(`safety.backup.kind.${item.kind}`)}</td>
                  <td>{sizes.format(item.size / 1024 / 1024)} MB</td>
                  <td>{item.encrypted ? '🔒' : ''}</td>
                  <td>
                    <Button size="small" variant="ghost" onClick={() => void restore(item.name, dates.format(new Date(item.createdAt)))} disabled={busy} data-testid="backup-restore">
                      {t('safety.backup.restore')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </Page>
  );
}
