import { defineConfig } from 'wxt';

// Host permissions are limited to the marketplace pages the content scripts read;
// the extension makes no network request of its own (see README "Privacy").
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  srcDir: '.',
  publicDir: 'assets/public',
  entrypointsDir: 'entrypoints',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage'],
    action: { default_title: 'Seller Radar' },
    // A keyboard shortcut to the workspace (users can change it at chrome://extensions/shortcuts or
    // in Firefox's add-on shortcut settings; a browser drops the default if it collides: Chromium drops
    // Alt+Shift+R). Chrome: the
    // action command, which opens the side panel because the action does (setupSidePanel). Firefox:
    // the sidebar's own command.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdOpenWorkspace__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'seller-radar@seller-radar.dev',
              strict_min_version: '115.0',
              // Seller Radar collects and transmits nothing (README "Privacy").
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
