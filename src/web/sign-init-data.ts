import { createHmac } from 'node:crypto';
import { dataCheckString, webAppSecretKey } from './init-data.ts';

export interface InitDataUserFields {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/**
 * Signs initData the way Telegram does. Only the development command and the tests use it:
 * the server never signs, so it cannot be asked to.
 */
export function signInitData(botToken: string, fields: { user: InitDataUserFields; authDate: number; startParam?: string; queryId?: string }): string {
  const params = new URLSearchParams();
  params.set('query_id', fields.queryId ?? 'AAHdF6IQAAAAAN0XohDhrOrc');
  params.set('user', JSON.stringify(fields.user));
  params.set('auth_date', String(fields.authDate));
  if (fields.startParam !== undefined) params.set('start_param', fields.startParam);
  params.set('hash', createHmac('sha256', webAppSecretKey(botToken)).update(dataCheckString(params)).digest('hex'));
  return params.toString();
}
