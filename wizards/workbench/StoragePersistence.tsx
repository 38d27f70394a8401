/**
 * Asking the browser to keep the saved work (`navigator.storage.persist()`): without
 * it, a browser short of disk space may clear a site's storage, and with it a
 * year's work. Says plainly what the browser answered, and the state it reports now.
 */
import { useEffect, useState } from 'preact/hooks';

export type Persistence = 'unknown' | 'unsupported' | 'granted' | 'notGranted';

/** Return the words for what the browser reports about persistent storage. */
export function describePersistence(state: Persistence, asked: boolean): string {
  switch (state) {
    case 'unsupported':
      return '这个浏览器不支持申请长期保存。请定期「导出全部工作」，把工作文件另外保存好。';
    case 'granted':
      return asked ? '浏览器已同意长期保存本网站的数据：清理空间时不会自动删除您的工作。' : '浏览器已经同意长期保存本网站的数据：清理空间时不会自动删除您的工作。';
    case 'notGranted':
      return asked
        ? '浏览器没有同意长期保存。磁盘空间不足时，浏览器仍可能删除本网站保存的工作，请定期「导出全部工作」。（有的浏览器在您把本网站加入书签或经常使用后才会同意。）'
        : '浏览器还没有同意长期保存本网站的数据：磁盘空间不足时，保存的工作可能被删除。';
    case 'unknown':
      return '正在询问浏览器……';
  }
}

/** The persistent-storage request and its answer. */
export function StoragePersistence() {
  const [state, setState] = useState<Persistence>('unknown');
  const [asked, setAsked] = useState(false);
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const supported = typeof storage?.persist === 'function' && typeof storage.persisted === 'function';

  useEffect(() => {
    if (!supported) return setState('unsupported');
    storage!.persisted().then(
      (persisted) => setState(persisted ? 'granted' : 'notGranted'),
      () => setState('notGranted'),
    );
  }, []);

  const ask = async () => {
    const granted = await storage!.persist().catch(() => false);
    setAsked(true);
    setState(granted ? 'granted' : 'notGranted');
  };

  return (
    <div class="workbench-persistence">
      <p role="status">{describePersistence(state, asked)}</p>
      {supported && state !== 'granted' && (
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => void ask()}>
          请浏览器长期保存
        </button>
      )}
    </div>
  );
}
