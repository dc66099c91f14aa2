/**
 * API keys and roles: issuing keys (only a salted hash is kept), reading them from requests,
 * verifying them in constant time and checking roles. Storage is elsewhere (src/store/keys).
 */
export {
  AuthenticationError,
  type KeyLookup,
  PermissionError,
  requireRole,
  tokenFromHeader,
  verifyToken,
} from './credentials.js';
export {
  hashSecret,
  issueKey,
  type KeyInfo,
  keyInfo,
  parseToken,
  type StoredKey,
  verifySecret,
} from './keys.js';
export { isRole, parseRole, ROLES, type Role, roleAllows, UnknownRole } from './roles.js';
