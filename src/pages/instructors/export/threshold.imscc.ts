import type { APIRoute } from 'astro';
import { exportAddress, exportCourse } from '@/exports/course';
import { cartridge } from '@/exports/cc/cartridge';

/** The whole course as an IMS Common Cartridge 1.3. */
export const GET: APIRoute = async () =>
  new Response(new Blob([cartridge(await exportCourse(), exportAddress()) as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': 'application/zip' } });
