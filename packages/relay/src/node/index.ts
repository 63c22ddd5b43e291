/**
 * `@tiktok-live-rx/relay/node`: the Node-only side of the relay: workers and the admin
 * commands (they use TCP and `node:crypto`). Consumers are in the main entry.
 */
export { startRelayWorker, type RelayWorker, type RelayWorkerOptions } from '../startRelayWorker.js';
export { createRelayAdmin, type RelayAdmin, type RelayAdminOptions, type RelayCreatorRow } from '../createRelayAdmin.js';
export { openRelay, type DesiredValue, type LeaseValue, type OpenRelay, type RelayStreamOptions, type WorkerRecord } from '../openRelay.js';
export { fairShare, type FairShareInput } from '../fairShare.js';
export { createRelayOutbox, type OutboxItem, type RelayOutbox, type RelayOutboxOptions, type RelayOutboxStats } from '../relayOutbox.js';
