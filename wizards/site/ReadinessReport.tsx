/** The readiness report: a summary, what to fix first, every item by group, the attachments and next steps. */
import { menus } from '../../src/domain/platform/facts';
import { siteApplicationForm, siteApplicationNotes, siteNoticeUrl } from '../../src/domain/site/facts';
import { readinessStatusLabels, summarizeReadiness, type ReadinessItem } from '../../src/domain/site/readiness';
import { otherRequirementsNumbering } from '../../src/domain/site/readiness-site';
import { checkReadiness, formatSiteName } from '../../src/domain/site/rules';
import { NextSteps } from '../kit/ResultFiles';
import { toReadinessAnswers } from './output';
import { findStepOfItem } from './steps';
import type { SiteQuestionProps } from './site-fields';

function groupItems(items: readonly ReadinessItem[]): [string, ReadinessItem[]][] {
  const groups = new Map<string, ReadinessItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return [...groups];
}

function ItemTable({ items, caption, showGroup = false }: { items: readonly ReadinessItem[]; caption: string; showGroup?: boolean }) {
  return (
    <div class="wizard-table-wrap">
      <table class="wizard-table site-report-table">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">要求</th>
            <th scope="col">本校情况</th>
            <th scope="col">结果</th>
            <th scope="col">整改建议</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key} class={`site-status--${item.status}`}>
              <th scope="row">
                {showGroup && <span class="site-item-group">{item.group}：</span>}
                {item.label}
              </th>
              <td>{item.requirement}</td>
              <td>{item.found}</td>
              <td>
                <span class={`wizard-tag site-tag--${item.status}`}>{readinessStatusLabels[item.status]}</span>
              </td>
              <td>{item.fix ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Intl rather than the calendar rules: those carry the holiday data, which this page does not need.
const formatToday = () => new Date().toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

/** Lines signed by hand on the printed report: who checked the site, who reviewed it, when. */
function SignOffBlock() {
  return (
    <section class="site-print-only site-sign-off" aria-label="自查签字">
      <p>
        自查人：<span class="site-blank" />复核人（考试评价工作负责人）：<span class="site-blank" />
      </p>
      <p>
        日期：<span class="site-blank site-blank--short" />年<span class="site-blank site-blank--tiny" />月<span class="site-blank site-blank--tiny" />日
      </p>
    </section>
  );
}

/** Render the report for the answers so far; printed, it is the school's readiness record. */
export function ReadinessReport({ context, send }: SiteQuestionProps) {
  const items = checkReadiness(toReadinessAnswers(context.form));
  const { counts, isReady } = summarizeReadiness(items);
  const failing = items.filter((item) => item.status === 'fails');
  const siteName = formatSiteName(context.form.schoolName);
  return (
    <div class="site-report">
      <p class="site-print-only">
        院校：{context.form.schoolName.trim()}　自查日期：{formatToday()}
      </p>
      <p>
        考核站点名称：<strong>{siteName}</strong>（平台自动生成）
      </p>
      <p class={`site-verdict site-verdict--${isReady ? 'ready' : 'notReady'}`}>
        共检查 {items.length} 项：{readinessStatusLabels.recommended} {counts.recommended} 项，{readinessStatusLabels.minimum} {counts.minimum} 项，{readinessStatusLabels.meets} {counts.meets} 项，{readinessStatusLabels.fails} {counts.fails} 项。
        {isReady ? '全部达到考场条件。' : '请先整改下面“需要整改”的各项，达到考场条件后再申报。'}
      </p>
      {failing.length > 0 && (
        <>
          <h3 class="site-heading">需要整改</h3>
          <ItemTable items={failing} caption="需要整改的项目" showGroup />
        </>
      )}
      <h3 class="site-heading">逐项结果</h3>
      {groupItems(items).map(([group, groupItems]) => (
        <section key={group} class="site-group" aria-label={group}>
          <h4>
            {group}
            <a
              class="site-change"
              href={`#${findStepOfItem(groupItems[0]!.key)}`}
              onClick={(event) => {
                event.preventDefault();
                send({ type: 'step.goto', step: findStepOfItem(groupItems[0]!.key) });
              }}
            >
              修改<span class="sr-only">{group}</span>
            </a>
          </h4>
          {groupItems[0]!.key.startsWith('other.') && <p class="wizard-hint">{otherRequirementsNumbering}。</p>}
          <ItemTable items={groupItems} caption={group} />
        </section>
      ))}
      <div class="wizard-actions">
        <button type="button" class="wizard-button wizard-button--secondary" onClick={() => window.print()}>
          打印自查报告
        </button>
      </div>
      <h3 class="site-heading">申报材料</h3>
      <ul>
        <li>
          {siteApplicationForm.name}：{siteApplicationForm.requirement}，上传到「{siteApplicationForm.uploadField}」栏目。
        </li>
      </ul>
      <p class="wizard-hint">申报要求见鸿科经纬公司的通知：{siteNoticeUrl}</p>
      <h3 class="site-heading">接下来在平台上</h3>
      {/* The status diagram below the wizard is not printed: the last step names the guide that has it too. */}
      <NextSteps
        steps={[
          { title: '在平台填写申报信息', where: `「${menus.examSite}」`, details: '“考核站点名称”无需填写，平台按院校名称+考核证书自动生成。' },
          { title: '上传申请表并提交', details: siteApplicationNotes[3] },
          { title: '等待审核', details: `${siteApplicationNotes[2]}各状态下能做什么，见本站指南「考点申报」中的考核站点申报状态（在网页上也列在本页下方）。` },
        ]}
      />
      <SignOffBlock />
    </div>
  );
}
