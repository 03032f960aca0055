import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

export interface TextBoxProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue'> {
  /** The text when the box appears. Later changes of the text by the app remount the box (new `key`). */
  initial: string;
}

/**
 * A text box that React never writes into while the officer types. A controlled textarea makes React
 * rewrite the element's default text on every keystroke, which in Chromium cuts the browser's own
 * undo history into single characters; here the text is set once, when the box appears, and read back
 * through onChange. When the app replaces the text (undo, split …) the caller changes the key.
 */
export function TextBox({ initial, ...rest }: TextBoxProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const first = useRef(initial);
  useLayoutEffect(() => {
    if (ref.current) ref.current.value = first.current;
  }, []);
  return <textarea ref={ref} {...rest} />;
}
