import { mountPage } from '../../components/common/mount-page';
import { OptionsPage } from '../../components/options/options-page';
import '../../components/common/base.css';

mountPage(<OptionsPage />);
