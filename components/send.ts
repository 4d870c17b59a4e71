import { browser } from 'wxt/browser';
import type { Message, MessageResponse } from '@/lib/schemas/messages';

/** Sends a protocol message from an extension page to the background. */
export async function send(msg: Message): Promise<MessageResponse> {
  return (await browser.runtime.sendMessage(msg)) as MessageResponse;
}
