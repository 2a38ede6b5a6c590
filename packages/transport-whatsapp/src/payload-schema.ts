import { z } from 'zod';

/**
 * The parts of Meta's webhook envelope this transport reads. Objects are not strict: Meta adds
 * fields without notice, and a new field must never make a payload unreadable.
 */
const unixSeconds = z.string().regex(/^\d{1,12}$/);

/** One message of `value.messages[]`; `from` may be absent for business-scoped user ids. */
export const messageSchema = z.object({
  id: z.string().min(1),
  from: z.string().optional(),
  from_user_id: z.string().optional(),
  timestamp: unixSeconds,
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
});

/** One delivery report of `value.statuses[]`. */
export const statusSchema = z.object({
  id: z.string().min(1),
  status: z.string(),
  timestamp: unixSeconds,
  recipient_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number(), title: z.string().optional() })).optional(),
});

/** The value of a `messages` change: which business number, and what arrived for it. */
export const messagesValueSchema = z.object({
  metadata: z.object({ phone_number_id: z.string().min(1) }),
  messages: z.array(messageSchema).optional(),
  statuses: z.array(statusSchema).optional(),
});

/** The envelope: entries of changes. Changes of other fields (account updates...) are kept unread. */
export const webhookSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.object({
      changes: z.array(z.object({ field: z.string(), value: z.unknown() })),
    }),
  ),
});

/** A message as the schema reads it. */
export type MessageFields = z.infer<typeof messageSchema>;
/** A delivery report as the schema reads it. */
export type StatusFields = z.infer<typeof statusSchema>;
