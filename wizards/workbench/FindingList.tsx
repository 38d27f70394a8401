/** 需要处理的问题 (loaded when in view): where the wizards' saved work disagrees (`checkWorkspaceConsistency`), each with the wizard that fixes it. */
import type { ConsistencyFinding } from '../../src/domain/consistency/finding';
import type { PhotoCheck } from '../../src/domain/consistency/photos';
import { checkWorkspaceConsistency } from '../../src/domain/consistency/rules';
import type { Workspace } from '../../src/domain/workspace/schema';
import { linkToWizard } from '../shared/wizard-links';

/** The findings, or that there are none. */
export function FindingList({ findings }: { findings: readonly ConsistencyFinding[] }) {
  if (findings.length === 0) return <p>各向导保存的内容之间没有发现不一致。</p>;
  return (
    <ul class="workbench-findings">
      {findings.map((finding) => {
        const wizard = linkToWizard(finding.fixIn);
        return (
          <li key={finding.key} data-finding={finding.key}>
            <p>{finding.message}</p>
            <a href={wizard.href}>打开「{wizard.title}」向导处理</a>
          </li>
        );
      })}
    </ul>
  );
}

/** The findings of the workspace (and of the photo wizard's last matching, when there is one). */
export function Findings({ workspace, photoCheck }: { workspace: Workspace; photoCheck?: PhotoCheck }) {
  return <FindingList findings={checkWorkspaceConsistency(workspace, photoCheck)} />;
}
