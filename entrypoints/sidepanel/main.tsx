import { render } from 'preact';
import { t, uiLocale } from '@/utils/ui/i18n';
import App from '../popup/App';
import '../popup/style.css';

// The side panel (Chrome) or sidebar (Firefox): the popup's view of the active tab, kept open
// and following the reader's tab switches and navigations.
document.documentElement.lang = uiLocale();
document.title = t('extName');
document.body.classList.add('in-panel');
render(<App mode="panel" />, document.getElementById('app')!);
