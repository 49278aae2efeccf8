import { createMemoryStore } from '../memory/index';
import { runWorkflowScenario } from './workflow-scenario';

runWorkflowScenario(async () => {
  const store = createMemoryStore();
  return { store, cleanup: () => store.close() };
}, 'memory');
