/**
 * The dashboard places the privacy page sends a teacher to, as addresses
 * beside the privacy page (both are pages of the extension). Each fragment
 * is one the dashboard opens at (see DashboardView's tabOfHash).
 */
export const DASHBOARD_ADDRESSES = {
  backup: 'dashboard.html#backup',
  storage: 'dashboard.html#storage',
  visits: 'dashboard.html#visits',
  bank: 'dashboard.html#bank',
} as const;
