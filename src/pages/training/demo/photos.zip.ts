/** The sample school's photo pack as a .zip, drawn at build time. */
import type { APIRoute } from 'astro';
import { writePhotoPackFile } from '../../../../wizards/demo/files/photo-pack-file';
import { listPackPhotos } from '../../../../wizards/demo/photo-pack';

export const GET: APIRoute = async () =>
  new Response(await writePhotoPackFile(listPackPhotos()), { headers: { 'Content-Type': 'application/zip' } });
