import { render } from 'preact';
import { DashboardRoot } from '../../components/DashboardRoot';
import { openRepositories } from '../../utils/db/index';
import { BUILT_IN_TEMPLATES } from '../../utils/feedback/templates/index';
import { createBrowserReminders } from '../../utils/panel/reminders';
import { createBrowserStorageProbe } from '../../utils/panel/storage-probe';
import './style.css';

const app = document.getElementById('app');
if (app) {
  const repos = openRepositories();
  // Shipped templates change only with an update; bringing them up to date on open is cheap.
  repos.templates.syncBuiltIns(BUILT_IN_TEMPLATES).catch(() => {});
  // `dashboard.html?item=ID` marks the follow-up a reminder was about.
  const highlightItemId = new URLSearchParams(location.search).get('item') ?? undefined;
  render(
    <DashboardRoot
      repos={repos}
      storage={createBrowserStorageProbe(navigator.storage)}
      reminders={createBrowserReminders()}
      browserLanguages={navigator.languages}
      highlightItemId={highlightItemId}
    />,
    app,
  );
}
