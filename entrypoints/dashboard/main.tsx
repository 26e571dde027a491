import { render } from 'preact';
import { DashboardRoot } from '../../components/dashboard/DashboardRoot';
import { openAppServices } from '../../utils/panel/services/open';
import './style.css';

const app = document.getElementById('app');
if (app) {
  // `dashboard.html?item=ID` marks the follow-up a reminder was about.
  const highlightItemId = new URLSearchParams(location.search).get('item') ?? undefined;
  render(
    <DashboardRoot
      {...openAppServices()}
      browserLanguages={navigator.languages}
      highlightItemId={highlightItemId}
      hash={location.hash}
    />,
    app,
  );
}
