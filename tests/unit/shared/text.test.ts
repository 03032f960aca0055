import { describe, expect, it } from 'vitest';
import { cleanText, countIllegalCharacters, hasIllegalCharacters, toSingleLine } from '../../../shared/domain/text';

describe('cleanText', () => {
  it('keeps ordinary Vietnamese and Lao text unchanged', () => {
    const text = 'Hợp tác toàn diện — ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ';
    expect(cleanText(text)).toEqual({ text, removedCharacters: 0, normalised: false });
  });

  it('removes C0 controls, DEL/C1, U+FFFE, U+FFFF and lone surrogates, and counts them', () => {
    const raw = `a\u0000b\u0007c\u001Fd\u007Fe\u0085f\uFFFEg\uFFFFh\uD800i\uDC00j`;
    const cleaned = cleanText(raw);
    expect(cleaned.text).toBe('abcdefghij');
    expect(cleaned.removedCharacters).toBe(9);
  });

  it('keeps tab, line feed, carriage return and well-formed surrogate pairs (emoji)', () => {
    const raw = 'a\tb\nc\rd 🇻🇳🇱🇦 😀';
    expect(cleanText(raw)).toEqual({ text: raw, removedCharacters: 0, normalised: false });
  });

  it('normalises decomposed Vietnamese (NFD, as pasted from macOS or PDFs) to NFC and says so', () => {
    const nfd = 'Hợp Tác'.normalize('NFD');
    const cleaned = cleanText(nfd);
    expect(cleaned.text).toBe('Hợp Tác'.normalize('NFC'));
    expect(cleaned.normalised).toBe(true);
    expect(cleaned.text.length).toBeLessThan(nfd.length);
  });

  it('keeps the two Lao spellings of AM apart (NFC does not fold them)', () => {
    expect(cleanText('ນ້ຳ').text).not.toBe(cleanText('ນ້ໍາ').text);
  });
});

describe('illegal character checks', () => {
  it('agree with cleanText', () => {
    expect(hasIllegalCharacters('ok')).toBe(false);
    expect(hasIllegalCharacters('x\uFFFE')).toBe(true);
    expect(hasIllegalCharacters('x\u0085')).toBe(true);
    expect(countIllegalCharacters('\u0001\u0002ok\uFFFF')).toBe(3);
  });
});

describe('toSingleLine', () => {
  it('turns line breaks and tabs into single spaces and trims', () => {
    expect(toSingleLine('  Biên bản\r\n hội\tđàm  ')).toBe('Biên bản hội đàm');
  });
});
