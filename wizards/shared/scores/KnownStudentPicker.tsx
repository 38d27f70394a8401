/** Adding students from the school workspace: type part of a name or ID, pick from the matches. */
import { useState } from 'preact/hooks';
import { getWizard } from '../../catalog';
import type { KnownStudent } from './known-students';
import './score-table.css';

const maxMatches = 8;

/** Offer the workspace's students matching a search; `onPick` receives the chosen one with its level when the school chose one. */
export function KnownStudentPicker({ students, onPick }: { students: readonly KnownStudent[]; onPick: (student: KnownStudent) => void }) {
  const [query, setQuery] = useState('');
  if (students.length === 0) return null;
  const text = query.trim().toUpperCase();
  const matches = text ? students.filter((student) => student.name.includes(text) || student.idNumber.toUpperCase().includes(text)).slice(0, maxMatches) : [];
  return (
    <div class="wizard-field known-picker">
      <label class="wizard-label" for="known-search">
        从学校工作区添加考生
      </label>
      <div class="wizard-hint" id="known-search-hint">
        工作区里有 {students.length} 位考生（由「{getWizard('candidates').title}」向导保存）。输入姓名或证件号码的一部分查找；在「{getWizard('registration').title}」向导中选过的报考级别会一并填入。
      </div>
      <input class="wizard-input" id="known-search" type="search" aria-describedby="known-search-hint" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      {text && (
        <ul class="known-matches" aria-live="polite">
          {matches.length === 0 && <li>没有找到“{query.trim()}”</li>}
          {matches.map((student) => (
            <li key={student.idNumber}>
              {student.name}（{student.idNumber}）
              <button type="button" class="wizard-button wizard-button--secondary" onClick={() => onPick(student)}>
                添加<span class="sr-only">{student.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
