import { render } from 'preact';
import { PanelRoot } from '../../components/PanelRoot';
import { openRepositories } from '../../utils/db/index';
import { connectToPage } from '../../utils/panel/page-connection';
import { createBrowserStorageProbe } from '../../utils/panel/storage-probe';
import './style.css';

const app = document.getElementById('app');
if (app) {
  render(
    <PanelRoot
      repos={openRepositories()}
      storage={createBrowserStorageProbe(navigator.storage)}
      connect={connectToPage}
      browserLanguages={navigator.languages}
    />,
    app,
  );
}
