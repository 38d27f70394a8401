/** The stamp screen: the rules, the picture to process, the result checked and previewed. */
import { useEffect, useRef } from 'preact/hooks';
import { menus } from '../../src/domain/platform/facts';
import { stampUpload } from '../../src/domain/certificates/facts';
import { stampProcessing, formatBytes } from '../../src/domain/certificates/stamp';
import { signatureStamp } from '../../src/domain/photos/facts';
import { downloadBlob } from '../kit/download';
import { errorFor } from '../kit/Fields';
import { DemoFileOffer } from '../demo/DemoFileOffer';
import { FileDrop } from '../kit/FileDrop';
import { ProgressBar } from '../kit/ProgressBar';
import { StepPage } from '../kit/StepPage';
import { MockCertificate } from './MockCertificate';
import type { CertificatesScreenProps } from './screen-props';
import { stampFileField } from './steps';

function toBlob(dataUrl: string): Blob {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return new Blob([Uint8Array.from(binary, (char) => char.charCodeAt(0))], { type: 'image/png' });
}

/**
 * After processing, the progress bar gives way to the result or the file box again: move
 * focus there, so a keyboard or screen-reader user lands on what happened instead of the
 * page top (the error summary, which also appears after a failure, has announced itself).
 */
function useFocusAfterProcessing(isProcessing: boolean, hasProblem: boolean) {
  const wasProcessing = useRef(false);
  useEffect(() => {
    if (wasProcessing.current && !isProcessing) document.getElementById(hasProblem ? stampFileField : 'cert-stamp-title')?.focus();
    wasProcessing.current = isProcessing;
  }, [isProcessing]);
}

/** Render the stamp screen; `isBusy` while the worker runs. */
export function StampScreen({ context, send, isBusy: isProcessing }: CertificatesScreenProps) {
  const { stamp } = context;
  const stampProblem = errorFor(context.errors, stampFileField);
  useFocusAfterProcessing(isProcessing, stampProblem !== undefined);
  return (
    <StepPage title="负责人签名章" errors={context.errors} onBack={() => send({ type: 'step.back' })} onNext={() => send({ type: 'step.next' })}>
      <ul class="cert-rules">
        {stampUpload.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p>
        上传位置：用{stampUpload.account}登录，在「{menus.schoolManagement}」点「编辑」，下划至最下方上传。
      </p>
      <p>平台要求：PNG 格式、无底色（透明）、正方形、{signatureStamp.widthPx}×{signatureStamp.heightPx} 像素、不超过 {signatureStamp.maxBytesLabel}。把签名章盖在白纸上，扫描或用手机正对着拍照，本工具会去掉底色、裁成正方形并缩放到这个尺寸。图片只在本机处理，不会上传。</p>
      {isProcessing ? (
        <ProgressBar label="正在处理签名章图片…" progress={null} unit="张" onCancel={() => send({ type: 'stamp.cancel' })} />
      ) : (
        <>
          <DemoFileOffer file="stampScan" />
          <FileDrop
            id={stampFileField}
            label={stamp ? '换一张签名章图片' : '签名章图片'}
            hint={`扫描件或手机照片，PNG 或 JPG，不超过 ${formatBytes(stampProcessing.maxInputBytes)}`}
            accept=".png,.jpg,.jpeg,image/png,image/jpeg"
            error={stampProblem}
            onFiles={([picture]) => picture && send({ type: 'stamp.choose', picture })}
          />
        </>
      )}
      {stamp && (
        <section class="cert-stamp" aria-labelledby="cert-stamp-title">
          <h3 id="cert-stamp-title" class="cert-heading" tabIndex={-1}>
            处理结果（来自“{stamp.sourceName}”）
          </h3>
          {stampProblem && <p class="wizard-hint">上面的新图片没有处理成功，这里仍是上一张的结果。</p>}
          <ul class="cert-checks">
            {stamp.checks.map((check) => (
              <li key={check.label} class={check.isMet ? 'cert-check--ok' : 'cert-check--no'}>
                {check.isMet ? '符合' : '不符合'}：{check.label}（{check.found}）
              </li>
            ))}
          </ul>
          {stamp.notes.map((note) => (
            <p key={note} class="wizard-hint">
              {note}
            </p>
          ))}
          <MockCertificate stampUrl={stamp.dataUrl} />
          <div class="wizard-actions">
            <button type="button" class="wizard-button" onClick={() => downloadBlob(toBlob(stamp.dataUrl), '签名章.png')}>
              下载签名章 PNG（{formatBytes(stamp.bytes)}）
            </button>
          </div>
          <p>上传前请阅读{stampUpload.authorisationLetter}，无误后勾选并保存。</p>
        </section>
      )}
    </StepPage>
  );
}
