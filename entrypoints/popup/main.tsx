import { render } from 'preact';
import { t, uiLocale } from '@/utils/ui/i18n';
import App from './App';
import './style.css';

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
