/**
 * 复制: puts a value on the clipboard and says so in a live region, so a screen-reader
 * user hears that it worked. Where the browser refuses the clipboard (an http page,
 * an old browser), it selects the value's text for Ctrl+C instead.
 */
import { useState } from 'preact/hooks';

/** A button that copies `value`; `label` names what is copied, for screen readers. */
export function CopyButton({ value, label, targetId }: { value: string; label: string; targetId: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'selected'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      const target = document.getElementById(targetId);
      if (target) window.getSelection()?.selectAllChildren(target);
      setStatus('selected');
    }
  };
  return (
    <span class="wizard-copy">
      <button type="button" class="wizard-button wizard-button--secondary" onClick={() => void copy()} disabled={!value}>
        复制<span class="sr-only">{label}</span>
      </button>
      <span role="status" class="wizard-hint wizard-copy-status">
        {status === 'copied' && '已复制'}
        {status === 'selected' && '已选中，请按 Ctrl+C 复制'}
      </span>
    </span>
  );
}
