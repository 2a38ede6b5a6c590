/** The channel name of every message this transport reads: part of the deduplication key. */
export const CHANNEL = 'whatsapp';

/** Meta's Graph API base URL, pinned to one version so a deployment changes it deliberately. */
export const GRAPH_API_URL = 'https://graph.facebook.com/v26.0';

/** WhatsApp's limit on a text message body, in characters. */
export const MAX_TEXT_LENGTH = 4096;

/** The largest webhook body read by default: Meta's batches are far smaller. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
