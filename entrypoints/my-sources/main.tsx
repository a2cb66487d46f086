import { render } from 'preact';
import { t, uiLocale } from '@/utils/ui/i18n';
import App from './App';
import '../popup/style.css';
import './style.css';

document.documentElement.lang = uiLocale();
document.title = t('my_sources_title');
render(<App />, document.getElementById('app')!);
