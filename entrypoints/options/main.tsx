import { render } from 'preact';
import { OptionsPage } from '../../components/options/options-page';
import '../../components/common/base.css';

document.documentElement.lang = navigator.language.startsWith('ja') ? 'ja' : 'en';
render(<OptionsPage />, document.getElementById('app')!);
