import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: ReactNode;
  children?: ReactNode;
  /** Buttons; the one with `data-autofocus` takes the focus when the dialog opens. */
  actions: ReactNode;
  /** Escape, or the dialog closed by the browser. */
  onCancel(): void;
  testId?: string;
}

/**
 * A small modal question (native `<dialog>` opened with showModal): focus stays inside, Escape
 * cancels, the page behind is inert. Render it only while it is open; the caller puts the focus back
 * where it belongs after the answer.
 */
export function Dialog({ title, children, actions, onCancel, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onNativeCancel = (event: Event) => {
      event.preventDefault();
      cancel.current();
    };
    dialog.addEventListener('cancel', onNativeCancel);
    return () => {
      dialog.removeEventListener('cancel', onNativeCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} aria-describedby={children ? bodyId : undefined} data-testid={testId}>
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      {children ? (
        <div className="dialog__body" id={bodyId}>
          {children}
        </div>
      ) : null}
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}
