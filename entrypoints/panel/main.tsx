import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PanelRoot } from '../../components/PanelRoot';
import { openAppServices } from '../../utils/panel/app-services';
import { connectToPage } from '../../utils/panel/page-connection';
import './style.css';

const app = document.getElementById('app');
if (app) {
  render(
    <PanelRoot
      {...openAppServices()}
      connect={connectToPage}
      browserLanguages={navigator.languages}
      dashboardUrl={browser.runtime.getURL('/dashboard.html')}
    />,
    app,
  );
}
