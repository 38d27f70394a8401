/**
 * 考务人员承诺书: one sheet every member of staff signs at the pre-exam meeting
 * (手册 第四章 四（二）考前考务会; the materials list advises one table with all names).
 * The manual gives no wording; the pledge restates the duties it lists in 第四章 三.
 */
import { DocumentPages } from './DocumentPages';
import { paginate } from './paging';

/** Document name. */
export const staffPledgeDocumentName = '考务人员承诺书';

const pledge = [
  '自觉遵守考试工作的有关规章制度，认真履行本人在考试中的工作职责；',
  '严格执行考场纪律，如实记录考场情况，不帮助考生操作，不对试题作解释或提示；',
  '坚守岗位，按规定时间到岗，考试期间不做与考务无关的事；',
  '保管好考试资料和考生信息，不泄露、不带出考场。',
];

const namesPerPage = 18;

/** The pledge and a signature table with every name; blank lines when no names are known. */
export function StaffPledgeDocument({ siteName, staff }: { siteName: string; staff: ReadonlyArray<{ name: string; role: string }> }) {
  const rows = staff.length > 0 ? staff : Array.from({ length: namesPerPage }, () => ({ name: '', role: '' }));
  const pages = paginate(rows, namesPerPage).map((pageRows) => () => (
    <>
      <h3>{staffPledgeDocumentName}</h3>
      <p class="print-meta">
        <span>考核站点：{siteName}</span>
      </p>
      <p>本人承诺：</p>
      <ol class="print-card-list">
        {pledge.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p>如有违反，愿意接受相应处理。</p>
      <table class="print-table print-table--rows">
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">角色</th>
            <th scope="col">本人签名</th>
            <th scope="col">日期</th>
          </tr>
        </thead>
        <tbody>
          {pageRows.map((person, index) => (
            <tr key={`${person.name}-${index}`}>
              <td>{person.name}</td>
              <td>{person.role}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  ));
  return <DocumentPages documentName={staffPledgeDocumentName} siteName={siteName} pages={pages} />;
}
