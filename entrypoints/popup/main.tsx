import { mountPage } from '../../components/common/mount-page';
import { Popup } from '../../components/popup/popup';
import '../../components/common/base.css';

mountPage(<Popup />);
