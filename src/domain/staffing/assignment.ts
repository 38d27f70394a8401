/**
 * Putting proctors in rooms: every room of every level gets the proctors it
 * needs, nobody is in two rooms at the same time, and teachers of the
 * candidates' own major are used only when nobody else is free.
 */
import { countMinutesBetween } from '../plan/time-of-day';
import { doSpansOverlap } from '../plan/rules';
import { countProctorsForRoom, isOwnMajorTeacher, type ProctorSlot } from './rules';
import type { ProctorAssignment, Teacher } from './schema';

/** A teacher who may proctor, and whether the manual advises against them. */
export interface ProctorCandidate {
  name: string;
  isOwnMajor: boolean;
}

/** A room of a level still short of proctors. */
export interface ProctorShortfall {
  roomName: string;
  level: ProctorSlot['level'];
  missing: number;
}

/** Return the stable id of a room's slot for one level, e.g. `301|初级`. */
export function getSlotId(slot: Pick<ProctorSlot, 'roomName' | 'level'>): string {
  return `${slot.roomName}|${slot.level}`;
}

/**
 * Return proctors for every slot, earliest slot first. Each slot takes free
 * teachers (not busy at an overlapping time), preferring those outside the
 * candidates' major, then those with fewer rooms so far, then the list order.
 */
export function assignProctors(
  teachers: readonly ProctorCandidate[],
  slots: readonly ProctorSlot[],
): { assignments: ProctorAssignment[]; shortfalls: ProctorShortfall[] } {
  const busy = new Map<string, ProctorSlot[]>(teachers.map((teacher) => [teacher.name, []]));
  const ordered = [...slots].sort((a, b) => countMinutesBetween(b.span.from, a.span.from));
  const picked = new Map<string, string[]>();
  const shortfalls: ProctorShortfall[] = [];
  for (const slot of ordered) {
    const needed = countProctorsForRoom(slot.candidates);
    const free = teachers
      .map((teacher, index) => ({ teacher, index }))
      .filter(({ teacher }) => !busy.get(teacher.name)!.some((taken) => doSpansOverlap(taken.span, slot.span)))
      .sort(
        (a, b) =>
          Number(a.teacher.isOwnMajor) - Number(b.teacher.isOwnMajor) ||
          busy.get(a.teacher.name)!.length - busy.get(b.teacher.name)!.length ||
          a.index - b.index,
      )
      .slice(0, needed)
      .map(({ teacher }) => teacher.name);
    for (const name of free) busy.get(name)!.push(slot);
    picked.set(getSlotId(slot), free);
    if (free.length < needed) shortfalls.push({ roomName: slot.roomName, level: slot.level, missing: needed - free.length });
  }
  const assignments = slots.map((slot) => ({ roomName: slot.roomName, level: slot.level, proctors: picked.get(getSlotId(slot))! }));
  return { assignments, shortfalls };
}

/** What the proctors of every room are worked out from. */
export interface ProctorAssignmentInput {
  /** Everyone working on exam day; only 监考员 are assigned. */
  teachers: readonly Teacher[];
  slots: readonly ProctorSlot[];
  /** The candidates' majors: teachers of them proctor only when nobody else is free. */
  majors: readonly string[];
  /** The proctors the user chose, room by room; null while the automatic assignment stands. */
  chosen: readonly ProctorAssignment[] | null;
}

/**
 * Return the proctors of every room: the automatic assignment, with the user's
 * choice for each room they changed. Rooms never changed, or new since, keep
 * the automatic choice.
 */
export function resolveProctorAssignments({ teachers, slots, majors, chosen }: ProctorAssignmentInput): ProctorAssignment[] {
  const proctors = teachers
    .filter((teacher) => teacher.role === 'proctor')
    .map((teacher) => ({ name: teacher.name, isOwnMajor: isOwnMajorTeacher(teacher.subject, majors) }));
  const automatic = assignProctors(proctors, slots).assignments;
  if (!chosen) return automatic;
  return automatic.map((entry) => chosen.find((choice) => getSlotId(choice) === getSlotId(entry)) ?? entry);
}
