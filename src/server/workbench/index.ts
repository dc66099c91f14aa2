/** The web workbench as the server serves it: its built files under /app/. */
export { defaultWorkbenchDir, readWorkbench, type StaticFile } from './files.js';
export {
  CONTENT_SECURITY_POLICY,
  isWorkbenchPath,
  WORKBENCH_PREFIX,
  workbenchReply,
} from './serve.js';
