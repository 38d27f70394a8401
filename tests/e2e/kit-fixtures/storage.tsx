// The kit's browser store on its own page, for tests of what IndexedDB does with it (one transaction, all or nothing).
import { openWizardStore } from '../../../wizards/kit/storage';
import { createWorkStore } from '../../../wizards/kit/work-store';

declare global {
  interface Window {
    kitStorage: { openWizardStore: typeof openWizardStore; createWorkStore: typeof createWorkStore };
  }
}

window.kitStorage = { openWizardStore, createWorkStore };
document.getElementById('root')!.innerHTML = '<p data-fixture-ready>IndexedDB 存储已载入</p>';
