/**
 * Shown when the browser's storage (IndexedDB) has not answered for a few
 * seconds while the saved work is being read: instead of 「正在读取本机保存的工作…」
 * for ever, the user learns why and may go on without saving. Reading goes on
 * meanwhile: when the storage answers, the wizard continues by itself.
 */

/** The notice, with 不保存，继续使用 and 重新载入页面. */
export function StorageStalledNotice({ seconds, onContinue }: { seconds: number; onContinue: () => void }) {
  return (
    <div class="wizard-recovery" role="alert">
      <h2>浏览器的存储没有响应</h2>
      <p>
        正在读取本机保存的工作，但浏览器的存储（IndexedDB）已经 {seconds} 秒没有响应。可能是浏览器正忙、磁盘空间不足，或浏览器的设置禁止了网站保存数据。已经保存的工作不会因此丢失；存储一有响应，向导就会自动继续。
      </p>
      <ul class="wizard-recovery-actions">
        <li>
          <button type="button" class="wizard-button" onClick={onContinue}>
            不保存，继续使用
          </button>{' '}
          现在开始填写，但内容只留在这个页面中：关闭页面前请用「导出工作文件」保存。
        </li>
        <li>
          <button type="button" class="wizard-button wizard-button--secondary" onClick={() => window.location.reload()}>
            重新载入页面
          </button>{' '}
          再试一次读取本机保存的工作。
        </li>
      </ul>
    </div>
  );
}
