import { defineBackground } from 'wxt/utils/define-background';
import {
  setupAlarms,
  setupBadge,
  setupMessaging,
  setupRecovery,
  setupSidePanel,
} from '@/lib/background/setup';
import { setupEvaluators } from '@/lib/background/evaluators';

export default defineBackground(() => {
  setupEvaluators();
  setupMessaging();
  setupAlarms();
  setupBadge();
  setupSidePanel();
  setupRecovery();
});
