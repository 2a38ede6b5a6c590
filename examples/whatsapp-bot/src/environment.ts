import {
  hostEnvironment,
  httpUrl,
  optionalText,
  outboxEnvironment,
  requiredText,
  wholeNumber,
} from '@antrean/bot-host';
import { deskVariables } from '@antrean/office-desk';
import { GRAPH_API_URL } from '@antrean/transport-whatsapp';

/** Every variable the WhatsApp bot reads, checked at start (docs: the root README). */
export const whatsappEnvironment = {
  ...hostEnvironment,
  ...outboxEnvironment,
  // The counter desk under /desk, served when its secret is set (users file: as the desk's).
  ...deskVariables,
  ANTREAN_DESK_SECRET: optionalText(),
  /** The Meta app secret: the webhook signature's key. */
  WHATSAPP_APP_SECRET: requiredText(),
  /** The token typed into Meta's dashboard with the callback URL. */
  WHATSAPP_VERIFY_TOKEN: requiredText(),
  /** A system user's token with `whatsapp_business_messaging`, for sends. */
  WHATSAPP_ACCESS_TOKEN: requiredText(),
  /** The business number of the office; required unless ANTREAN_OFFICE_CONFIG lists numbers. */
  WHATSAPP_PHONE_NUMBER_ID: optionalText(),
  /** Graph API base URL with its version (default Meta's, the version pinned in the transport). */
  WHATSAPP_GRAPH_URL: httpUrl(GRAPH_API_URL),
  /** Sends per second per business number (Meta's default throughput is 80). */
  WHATSAPP_SEND_RATE: wholeNumber(80, 1, 1_000),
  /** Give up on one send's answer after this long; a timeout is retried. */
  WHATSAPP_SEND_TIMEOUT_MS: wholeNumber(10_000, 100, 60_000),
};
