// Plain GraphQL calls for setting scenarios up (sign-in, tokens, data): one request at a time, failing loudly.

/** POSTs one operation; returns `data`, or throws with the server's error messages and codes. */
export async function gql(url, query, { variables, token } = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let result;
  try {
    result = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} from /graphql, not JSON: ${text.slice(0, 200)}`);
  }
  if (result.errors?.length) {
    const problems = result.errors.map((e) => `${e.message} (${e.extensions?.code ?? 'no code'})`).join('; ');
    throw new Error(`GraphQL error (HTTP ${response.status}): ${problems}\n  in: ${query.replace(/\s+/g, ' ').slice(0, 120)}`);
  }
  return result.data;
}

export const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const CREATE_API_TOKEN = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }';

/** A fresh session JWT: it lives 15 minutes, so long runs ask for a new one per scenario. */
export async function signIn(url, email, password) {
  const data = await gql(url, LOGIN, { variables: { input: { email, password } } });
  return data.login.accessToken;
}

/** A new API token of the session's user (the secret is only shown now). */
export async function createApiToken(url, sessionToken, name) {
  const data = await gql(url, CREATE_API_TOKEN, { variables: { input: { name } }, token: sessionToken });
  return data.createApiToken.token;
}

const START_CONVERSATION = 'mutation($input: StartConversationInput!) { startConversation(input: $input) { id status } }';
const SEND_MESSAGE = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }';

/** A customer's new conversation with its first message: `{ id, status }`. */
export async function startConversation(url, customerToken, { subject, body }) {
  const input = { subject, body, clientMessageId: crypto.randomUUID() };
  const data = await gql(url, START_CONVERSATION, { variables: { input }, token: customerToken });
  return data.startConversation;
}

/** A reply; its clientMessageId is random, so every call is a new message. */
export async function sendMessage(url, token, { conversationId, body, internal = false }) {
  const input = { conversationId, body, internal, clientMessageId: crypto.randomUUID() };
  const data = await gql(url, SEND_MESSAGE, { variables: { input }, token });
  return data.sendMessage;
}
