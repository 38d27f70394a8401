/**
 * A simplified certificate, only to judge how the stamp will look where the platform
 * puts it; the real layout is the platform's own preview (手册 第五章 二 注意事项 3).
 */
import { certificate, levels } from '../../src/domain/certificate/facts';
import { formatCertificateTitle } from '../../src/domain/certificate/rules';
import { signatureStamp } from '../../src/domain/photos/facts';

/** Show the stamp at its real pixel size on a mock certificate. */
export function MockCertificate({ stampUrl }: { stampUrl: string }) {
  return (
    <figure class="mock-certificate" aria-label="签名章加盖效果示意">
      <div class="mock-certificate-sheet">
        <p class="mock-certificate-title">{formatCertificateTitle(certificate.name, levels[0]!)}</p>
        <p>姓名：张三　　证书编号：（示例）</p>
        <p>经考核，成绩合格，特发此证。</p>
        <div class="mock-certificate-signs">
          <div>
            <p>培训评价组织</p>
            <p>{certificate.issuer}</p>
          </div>
          <div class="mock-certificate-stamp">
            <p>考核站点负责人</p>
            <img src={stampUrl} width={signatureStamp.widthPx} height={signatureStamp.heightPx} alt="处理后的签名章" />
          </div>
        </div>
      </div>
      <figcaption class="wizard-hint">示意图，仅用于查看印迹是否清楚、大小是否合适；上传后请再看平台的预览效果。</figcaption>
    </figure>
  );
}
