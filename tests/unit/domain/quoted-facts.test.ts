import { describe, expect, test } from 'vitest';
import {
  broadcastEquipment,
  equipment,
  identityFeatures,
  machinesPerRoom,
  officeEquipment,
  otherRequirements,
  serviceRooms,
  surveillanceFeatures,
  surveillanceMinimum,
  switchFeatures,
  venue,
} from '../../../src/domain/site/requirements';
import { duties } from '../../../src/domain/exam-day/duties';
import { extensionRule } from '../../../src/domain/exam-day/run-sheet';
import { emergencies, powerRestoreMinutes } from '../../../src/domain/exam-day/emergencies';
import { candidatesPerRoomInPrinciple } from '../../../src/domain/rooms/facts';
import { roomSetupRules, scratchPaperMargin } from '../../../src/domain/exam-day/materials';

/**
 * Some facts appear both as a number and inside a sentence quoted from the manual.
 * These tests fail when one is changed without the other.
 */
describe('quoted manual sentences', () => {
  test.each([
    { name: 'venue seats', sentence: venue.conditions[0], value: venue.minSeats },
    { name: 'seat spacing', sentence: venue.conditions[1], value: venue.minSeatSpacingMetres },
    { name: 'power hours', sentence: venue.conditions[2], value: venue.minPowerHours },
    { name: 'room size in setup rules', sentence: roomSetupRules[3], value: candidatesPerRoomInPrinciple },
    { name: 'scratch paper margin', sentence: roomSetupRules[3], value: `${scratchPaperMargin * 100}%` },
    { name: 'candidate machines', sentence: otherRequirements[2], value: machinesPerRoom.candidate },
    {
      name: 'surveillance resolution',
      sentence: equipment.find((e) => e.key === 'surveillance')!.requirement,
      value: `${surveillanceMinimum.megapixels * 100} 万像素`,
    },
    { name: 'extension threshold', sentence: duties[4]!.duties[4]!, value: extensionRule.thresholdMinutes },
    { name: 'power restore', sentence: emergencies.find((e) => e.key === 'powerCut')!.response, value: powerRestoreMinutes },
  ])('keeps $name in its sentence', ({ sentence, value }) => {
    expect(sentence).toContain(String(value));
  });
});

describe('checkable parts of the site requirements', () => {
  const sentence = (key: string) => equipment.find((item) => item.key === key)!.requirement;
  test.each([
    { name: 'switch', parts: switchFeatures, text: sentence('switch') },
    { name: 'identity device', parts: identityFeatures, text: sentence('identity') },
    { name: 'surveillance', parts: surveillanceFeatures, text: sentence('surveillance') },
    { name: 'office equipment', parts: officeEquipment, text: otherRequirements[2] },
    { name: 'service rooms', parts: serviceRooms, text: otherRequirements[4] },
    { name: 'broadcast equipment', parts: broadcastEquipment, text: otherRequirements[5] },
  ])('takes every part of $name from the manual’s sentence', ({ parts, text }) => {
    for (const part of parts) expect(text).toContain(part);
  });
});
