import { mediaType, scope } from './claims';
import type { LtiContext } from './context';
import type { Platform } from './platforms.mjs';
import { accessToken, call } from './token';

export interface WantedLineItem {
  resourceLinkId: string;
  /** The tool's name for what is graded, e.g. `quiz:scaling-laws`. */
  resourceId: string;
  label: string;
  scoreMaximum: number;
}

/**
 * The gradebook column of a graded link the platform gave none (AGS 2.0 §3.2): the one already
 * made for this link and resource, found by a filtered GET so a second launch makes no second
 * column, or a new one. Returns its address.
 */
export async function ensureLineItem(context: LtiContext, platform: Platform, lineItemsUrl: string, wanted: WantedLineItem): Promise<string> {
  const token = await accessToken(context, platform, [scope.lineItem, scope.score]);
  const query = new URL(lineItemsUrl);
  query.searchParams.set('resource_link_id', wanted.resourceLinkId);
  query.searchParams.set('resource_id', wanted.resourceId);
  const found = await call(context, query.href, { headers: { Authorization: `Bearer ${token}`, Accept: mediaType.lineItemContainer } });
  const existing = ((await found.json()) as { id?: unknown; resourceId?: unknown }[]).find(
    (item) => typeof item.id === 'string' && item.resourceId === wanted.resourceId,
  );
  if (existing) return existing.id as string;
  const created = await call(context, lineItemsUrl, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': mediaType.lineItem, Accept: mediaType.lineItem },
    body: JSON.stringify({ scoreMaximum: wanted.scoreMaximum, label: wanted.label, resourceId: wanted.resourceId, resourceLinkId: wanted.resourceLinkId }),
  });
  const item = (await created.json()) as { id?: unknown };
  if (typeof item.id !== 'string') throw new Error('the platform made a line item without an id');
  return item.id;
}
