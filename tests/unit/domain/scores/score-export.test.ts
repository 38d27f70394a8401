import { describe, expect, test } from 'vitest';
import { readScoreTable } from '../../../../src/domain/scores/score-export';

const wide = [
  ['考生姓名', '身份证号', '准考证号', '报考级别', '理论成绩', '实操成绩'],
  ['张三', '11010519491231002X', '2021091600241100', '初级', '60', '59'],
  ['李四', '130503196704010016', '2021091600241101', '中级', '88', '缺考'],
];

const long = [
  ['2021年第三次网店运营推广全国统考 科目成绩'],
  ['序号', '姓名', '证件号码', '准考证号', '科目名称', '科目编号', '成绩', '考试计划'],
  ['1', '张三', '11010519491231002x', '2021091600241100', '初级理论', '1630003007010027101', '60', '2021年第三次'],
  ['2', '张三', '11010519491231002x', '2021091600241100', '初级实操', '1630003007010027102', '61', '2021年第三次'],
  ['3', '王五', '110105200001010011', '2021091600241102', '理论', '1630003007030029301', '100', '2021年第三次'],
  ['', '', '', '', '', '', '', ''],
];

describe('readScoreTable', () => {
  test('reads one row per candidate with theory and practical columns', () => {
    const { sittings, problems } = readScoreTable(wide);
    expect(problems).toEqual([]);
    expect(sittings).toEqual([
      { name: '张三', idNumber: '11010519491231002X', ticketNumber: '2021091600241100', level: '初级', plan: '', theory: 60, practical: 59 },
      { name: '李四', idNumber: '130503196704010016', ticketNumber: '2021091600241101', level: '中级', plan: '', theory: 88, practical: null },
    ]);
  });

  test('reads one row per subject, finding the header below a title row', () => {
    const { sittings, problems } = readScoreTable(long);
    expect(problems).toEqual([]);
    expect(sittings.map(({ name, level, theory, practical }) => ({ name, level, theory, practical }))).toEqual([
      { name: '张三', level: '初级', theory: 60, practical: 61 },
      { name: '王五', level: '高级', theory: 100, practical: null },
    ]);
  });

  test('stores ID numbers with an upper-case X', () => {
    expect(readScoreTable(long).sittings[0]!.idNumber).toBe('11010519491231002X');
  });

  test.each([
    {
      name: 'a score of 105',
      row: ['赵六', '110105200001010011', '', '初级', '105', '70'],
      message: '第 2 行「理论成绩」：105 分超出范围：成绩在 0 到 100 分之间，请核对后重新填写',
    },
    {
      name: 'a missing name',
      row: ['', '110105200001010011', '', '初级', '60', '70'],
      message: '第 2 行缺少「考生姓名」，这一行没有读入。',
    },
    {
      name: 'an unknown level',
      row: ['赵六', '110105200001010011', '', '四级', '60', '70'],
      message: '第 2 行看不出报考级别：请在「报考级别」列写“初级”“中级”或“高级”。',
    },
  ])('names the row and column for $name', ({ row, message }) => {
    const { sittings, problems } = readScoreTable([wide[0]!, row]);
    expect(sittings).toEqual([]);
    expect(problems).toEqual([{ row: 2, message }]);
  });

  test('flags the same candidate and level twice', () => {
    const { problems } = readScoreTable([...wide, wide[1]!]);
    expect(problems).toEqual([{ row: 4, message: '第 4 行与第 2 行是同一考生的同一级别，请删去重复的一行。' }]);
  });

  test('flags a repeated subject row', () => {
    const { problems } = readScoreTable([...long, long[2]!]);
    expect(problems[0]!.message).toContain('重复了该考生初级理论的成绩');
  });

  test('reads nothing from a table of two exam plans, saying why', () => {
    const resit = ['4', '张三', '11010519491231002x', '2021091600241100', '初级实操', '1630003007010027102', '75', '2021年第四次'];
    const { sittings, problems } = readScoreTable([...long, resit]);
    expect(sittings).toEqual([]);
    expect(problems).toEqual([
      { row: 0, message: '表格里有 2 个考试计划（2021年第三次、2021年第四次），没有读入：成绩按同一次考试判定。请在「考试管理-科目成绩」按考试计划筛选后导出，一次只读入一个考试计划的成绩。' },
    ]);
  });

  test('explains a table without a header', () => {
    expect(readScoreTable([['a', 'b'], ['1', '2']]).problems[0]!.message).toContain('没有找到表头');
  });

  test('lists the columns it found when no score column is there', () => {
    expect(readScoreTable([['姓名', '身份证号', '备注']]).problems[0]!.message).toMatchInlineSnapshot(`"没有找到成绩列：需要「理论成绩」「实操成绩」两列，或「科目名称」「成绩」两列。这份表格的列是：姓名、身份证号、备注。"`);
  });

  test('reports full-width digits it read', () => {
    const { sittings, changes } = readScoreTable([wide[0]!, ['张三', '11010519491231002X', '', '初级', '６０', '70']]);
    expect(sittings[0]!.theory).toBe(60);
    expect(changes).toEqual(['第 2 行「理论成绩」：全角数字“６０”已按“60”读取']);
  });
});
