import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PanelRoot } from '../../components/panel/PanelRoot';
import { createLockPresence } from '../../utils/panel/adapters/composer-presence';
import { createWorkerDraftKeeper } from '../../utils/panel/adapters/draft-keeper';
import { connectToPage } from '../../utils/panel/adapters/page-connection';
import { openAppServices } from '../../utils/panel/services/open';
import './style.css';

const app = document.getElementById('app');
if (app) {
  render(
    <PanelRoot
      {...openAppServices()}
      keeper={createWorkerDraftKeeper()}
      presence={createLockPresence()}
      connect={connectToPage}
      browserLanguages={navigator.languages}
      dashboardUrl={browser.runtime.getURL('/dashboard.html')}
    />,
    app,
  );
}
