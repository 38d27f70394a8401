/** The sample 负责人签名章 scan as a .png, drawn at build time. */
import type { APIRoute } from 'astro';
import { writeStampScanFile } from '../../../../wizards/demo/files/stamp-scan-file';

export const GET: APIRoute = () =>
  new Response(new Uint8Array(writeStampScanFile()), {
    headers: { 'Content-Type': 'image/png' },
  });
