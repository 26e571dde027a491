import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PanelRoot } from '../../components/PanelRoot';
import { openRepositories } from '../../utils/db/index';
import { BUILT_IN_TEMPLATES } from '../../utils/feedback/templates/index';
import { connectToPage } from '../../utils/panel/page-connection';
import { createBrowserReminders } from '../../utils/panel/reminders';
import { createBrowserStorageProbe } from '../../utils/panel/storage-probe';
import './style.css';

const app = document.getElementById('app');
if (app) {
  const repos = openRepositories();
  // Shipped templates change only with an update; bringing them up to date on open is cheap.
  repos.templates.syncBuiltIns(BUILT_IN_TEMPLATES).catch(() => {});
  render(
    <PanelRoot
      repos={repos}
      storage={createBrowserStorageProbe(navigator.storage)}
      reminders={createBrowserReminders()}
      connect={connectToPage}
      browserLanguages={navigator.languages}
      dashboardUrl={browser.runtime.getURL('/dashboard.html')}
    />,
    app,
  );
}
