/** The price-war alert engine (DESIGN.md §5): pure functions, time series and settings in, candidates out. */
export { evaluateListing, dedupeKeyFor, LISTING_RULES } from './engine';
export { evaluateChannelGroup, channelGroupsOf } from './channel-mismatch';
export type { ChannelGroupInput, ChannelGroupRef, ChannelMember } from './channel-mismatch';
export { undercut } from './undercut';
export { buyBoxLost } from './buy-box-lost';
export { priceWar, detectWar } from './price-war';
export { belowFloor } from './below-floor';
export { applyHygiene, DAY_MS } from './hygiene';
export { buildSeries } from './series';
export { BUY_BOX_MARKETS } from '../markets/names';
export { floorFor } from './lookup';
export { convert, rateBetween } from './rates';
export { formatMoney, formatSignedPct, formatPctValue, formatDuration, minorStep } from './format';
export { PRICE_ALERT_KINDS, isPriceAlertKind } from './types';
export type { EngineResult, ListingInput, PriceAlertKind, SuppressReason, Verdict } from './types';
