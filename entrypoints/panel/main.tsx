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
  // The handshake with the page starts before the first render: started from
  // the root's effect, it would wait for the frame after that render.
  const connecting = connectToPage();
  render(
    <PanelRoot
      {...openAppServices()}
      keeper={createWorkerDraftKeeper()}
      presence={createLockPresence()}
      connect={() => connecting}
      browserLanguages={navigator.languages}
      dashboardUrl={browser.runtime.getURL('/dashboard.html')}
      privacyUrl={browser.runtime.getURL('/privacy.html')}
    />,
    app,
  );
}
