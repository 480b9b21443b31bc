import { render } from 'preact';
import { Popup } from '../../components/popup/popup';
import '../../components/common/base.css';

document.documentElement.lang = navigator.language.startsWith('ja') ? 'ja' : 'en';
render(<Popup />, document.getElementById('app')!);
