import { describe, expect, it, vi } from 'vitest';
import { pickUiLanguage } from '../../../electron/locale';
import { menuTemplate } from '../../../electron/menu-template';
import { createI18n, en } from '../../../shared/i18n';

describe('pickUiLanguage', () => {
  it('defaults to Vietnamese and picks Lao on a Lao system', () => {
    expect(pickUiLanguage([])).toBe('vi');
    expect(pickUiLanguage(['en-US', 'fr-FR'])).toBe('vi');
    expect(pickUiLanguage(['vi-VN'])).toBe('vi');
    expect(pickUiLanguage(['lo-LA', 'en-US'])).toBe('lo');
    expect(pickUiLanguage(['en-US', 'lo'])).toBe('lo');
    expect(pickUiLanguage(['en-GB', 'vi', 'lo'])).toBe('vi');
    expect(pickUiLanguage(['LO_la'])).toBe('lo');
    expect(pickUiLanguage(['lol', 'vie'])).toBe('vi');
  });
});

type Item = { role?: string; label?: string; id?: string; type?: string; click?: () => void; submenu?: Item[]; enabled?: boolean };

function build(isPackaged: boolean, platform: NodeJS.Platform = 'win32') {
  const actions = { about: vi.fn(), openDataFolder: vi.fn(), exportWord: vi.fn() };
  const t = createI18n('vi').t;
  const template = menuTemplate({ t: (key) => t(key), isPackaged, platform, actions }) as Item[];
  return { template, actions };
}

const everyItem = (items: Item[]): Item[] => items.flatMap((i) => [i, ...everyItem(i.submenu ?? [])]);

describe('menuTemplate', () => {
  it('has File, Edit, View and Help with translated labels on every item', () => {
    const { template } = build(true);
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    for (const item of everyItem(template)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      expect(item.label).not.toMatch(/^shell\./u); // a missing key would show the key itself
    }
  });

  it('uses roles for the standard commands (they bring the usual shortcuts)', () => {
    const roles = everyItem(build(true).template).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(['close', 'quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('offers reload and devtools only in development', () => {
    const packaged = everyItem(build(true).template).map((i) => i.role);
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    const dev = everyItem(build(false).template).map((i) => i.role);
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
  });

  it('wires About and Open data folder to their actions', () => {
    const { template, actions } = build(true);
    const items = everyItem(template);
    items.find((i) => i.id === 'help.about')!.click!();
    items.find((i) => i.id === 'help.openDataFolder')!.click!();
    expect(actions.about).toHaveBeenCalledOnce();
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
  });

  it('offers File → Export to Word with Ctrl+E left to the page (the item sends the key)', () => {
    const { template, actions } = build(true);
    const item = everyItem(template).find((i) => i.id === 'file.exportWord') as Item & { accelerator?: string; registerAccelerator?: boolean };
    expect(item).toMatchObject({ label: 'Xuất ra Word…', accelerator: 'CmdOrCtrl+E', registerAccelerator: false });
    item.click!();
    expect(actions.exportWord).toHaveBeenCalledOnce();
  });

  it('adds the app menu on macOS only', () => {
    expect(build(true, 'darwin').template[0]).toEqual({ role: 'appMenu' });
    expect(build(true, 'linux').template[0]!.role).toBeUndefined();
  });

  it('has an English label for every key it uses', () => {
    const keys = Object.keys(en.shell.menu);
    for (const key of keys) expect(createI18n('en').t(`shell.menu.${key}`)).toBe(en.shell.menu[key as keyof typeof en.shell.menu]);
  });
});
