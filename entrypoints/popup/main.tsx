import { render } from 'preact';
import { t, uiLocale } from '@/utils/ui/i18n';
import App from './App';
import './style.css';

// The popup's own start, so the e2e can tell page loading from our work (see RENDERED_MARK).
performance.mark('sourcelens-popup-start');
document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
