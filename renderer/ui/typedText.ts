import type { ChangeEvent } from 'react';
import { cleanText } from '../../shared/domain/text';

/**
 * What a text field keeps from a change: NFC, characters Word cannot store removed (and how many, so the form
 * can say so) — except while an input method is composing a syllable, when the raw text stays untouched.
 */
export function typedText(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>): { text: string; removed: number } {
  const raw = event.currentTarget.value;
  if ((event.nativeEvent as Partial<InputEvent>).isComposing) return { text: raw, removed: 0 };
  const cleaned = cleanText(raw);
  return { text: cleaned.text, removed: cleaned.removedCharacters };
}
