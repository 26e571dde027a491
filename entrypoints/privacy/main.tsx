import { render } from 'preact';
import { PrivacyRoot } from '../../components/privacy/PrivacyRoot';
import { openAppServices } from '../../utils/panel/services/open';
import './style.css';

const app = document.getElementById('app');
if (app) {
  render(<PrivacyRoot {...openAppServices()} browserLanguages={navigator.languages} />, app);
}
