import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftsItem, setDraft } from '../../../lib/background/drafts';
import type { SaveDraftMessage } from '../../../lib/schemas/messages';

beforeEach(() => fakeBrowser.reset());

const msg = (title: string): SaveDraftMessage => ({
  type: 'saveDraft',
  market: 'etsy',
  url: 'https://www.etsy.com/your/shops/me/listing-editor/create',
  draft: { title },
  at: new Date().toISOString(),
});

describe('live drafts', () => {
  it('keeps the drafts of two tabs typing at the same time', async () => {
    await Promise.all([
      setDraft(msg('mug one'), 1),
      setDraft(msg('mug two'), 2),
      setDraft(msg('mug one!'), 1),
    ]);
    const all = await draftsItem.getValue();
    expect(Object.keys(all).toSorted()).toEqual(['1', '2']);
    expect(all['1']?.draft.title).toBe('mug one!');
    expect(all['2']?.draft.title).toBe('mug two');
  });
});
