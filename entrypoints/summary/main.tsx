import { render } from 'preact';
import { SummaryRoot } from '../../components/summary/SummaryRoot';
import { openAppServices } from '../../utils/panel/services/open';
import './style.css';

const app = document.getElementById('app');
if (app) {
  render(
    <SummaryRoot
      {...openAppServices()}
      browserLanguages={navigator.languages}
      hash={location.hash}
      // The period chosen stays in the address, so a reload or a bookmark shows the same.
      onHashChange={(hash) => history.replaceState(null, '', hash)}
    />,
    app,
  );
}
