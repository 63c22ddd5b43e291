/**
 * `@tiktok-live-rx/demo-kit/testing`: the e2e suites both demos run against their production
 * builds (dashboard and overlays), and the harness under them. Test code only.
 */
export { dashboardSuite, type DashboardSuiteOptions } from './dashboardSuite.js';
export { overlaySuite, type OverlaySuiteOptions } from './overlaySuite.js';
export { startDemoHarness, unexpectedTraffic, WAIT_MS, waitUntil, type DemoHarness, type DemoHarnessOptions, type HarnessBackend, type HarnessServer, type PageLog } from './demoHarness.js';
