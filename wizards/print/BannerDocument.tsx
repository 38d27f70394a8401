/**
 * 横幅 text per level (手册 第四章 二 1), one A4 page each, to print or to hand to a banner
 * maker, with how many banners the level needs: one per 考场 of that level, counted the
 * way the materials list counts them (`computeRoomMaterials`).
 */
import { formatBanner } from '../../src/domain/certificate/rules';
import type { Level } from '../../src/domain/certificate/schema';
import { computeRoomMaterials } from '../../src/domain/exam-day/rules';
import { DocumentPages } from './DocumentPages';

/** Document name. */
export const bannerDocumentName = '横幅文字';

/** A room serving a level, with its seats: what the banner count needs. */
export interface BannerRoom {
  roomName: string;
  level: Level;
  candidates: readonly unknown[];
}

/** Return the banners one level needs, in the item's unit, and the rooms they hang in. */
export function countBanners(roomLevels: readonly BannerRoom[], level: Level): { quantity: number; unit: string; rooms: string[] } {
  const rooms = roomLevels.filter((room) => room.level === level);
  const lines = rooms.map((room) => computeRoomMaterials({ roomName: room.roomName, level, seats: room.candidates.length }).find((line) => line.item.key === 'banner')!);
  return { quantity: lines.reduce((sum, line) => sum + line.quantity, 0), unit: lines[0]?.unit ?? '', rooms: rooms.map((room) => room.roomName) };
}

/** One page per level that has rooms, with the banner text and how many to make. */
export function BannerDocument({ roomLevels, siteName }: { roomLevels: readonly BannerRoom[]; siteName: string }) {
  const levels = [...new Set(roomLevels.map((room) => room.level))];
  return (
    <DocumentPages
      documentName={bannerDocumentName}
      siteName={siteName}
      pages={levels.map((level) => () => {
        const banners = countBanners(roomLevels, level);
        return (
          <>
            <p class="print-banner">{formatBanner(level)}</p>
            <p class="print-small">
              {level}需要 {banners.quantity} {banners.unit}，每个考场一{banners.unit}（{banners.rooms.join('、')}）。
            </p>
          </>
        );
      })}
    />
  );
}
