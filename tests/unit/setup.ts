// Real IndexedDB semantics in Node for Dexie (unit tests only; e2e uses Chromium's IndexedDB).
import 'fake-indexeddb/auto';
