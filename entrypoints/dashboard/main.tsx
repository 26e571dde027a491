import { render } from 'preact';
import { DashboardRoot } from '../../components/DashboardRoot';
import { openAppServices } from '../../utils/panel/app-services';
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
