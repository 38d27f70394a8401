import { proctorRule } from './facts';

/**
 * Return the number of proctors a room needs for its candidates: 2 up to 40
 * candidates, otherwise one per 20 rounded up (and never fewer than 2).
 */
export function countProctorsForRoom(candidates: number): number {
  if (candidates <= 0) return 0;
  if (candidates <= proctorRule.smallRoomMaxCandidates) return proctorRule.minimumPerRoom;
  return Math.max(proctorRule.minimumPerRoom, Math.ceil(candidates / proctorRule.candidatesPerProctor));
}
