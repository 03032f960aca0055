import { useState } from 'react';
import type { CallResult } from '../../bridge';
import { Button } from '../../ui';
import { useAction } from './useAction';

export interface SaveFileButtonProps<T> {
  label: string;
  testId: string;
  /** The backend call that asks where to save (native dialog) and writes the file(s). */
  save(): Promise<CallResult<T>>;
  /** What to tell the officer once saved; null when nothing was saved (canceled). */
  describe(value: T): string | null;
}

/** A button that saves a file through the platform's dialog, then says where (or why not). */
export function SaveFileButton<T>({ label, testId, save, describe }: SaveFileButtonProps<T>) {
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  return (
    <span className="fu-export">
      <Button
        disabled={action.busy}
        data-testid={testId}
        onClick={async () => {
          setDone(null);
          const value = await action.run(save);
          if (value !== undefined) setDone(describe(value));
        }}
      >
        {label}
      </Button>
      {done ? (
        <span role="status" className="fu-muted" data-testid={`${testId}-done`}>
          {done}
        </span>
      ) : null}
      {action.error ? (
        <span role="alert" className="field-error">
          {action.error}
        </span>
      ) : null}
    </span>
  );
}
