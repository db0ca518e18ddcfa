// Interop check of Tidewater's queue client against the official JavaScript SDK (@azure/storage-queue).
// The JS SDK does not Base64-encode message text itself; this script does it the way the Functions host expects
// (UTF-8 bytes -> Base64) so both sides agree on the wire format.
//
// Usage: node queue-interop.mjs send|receive
// Env:   STORAGE_CONNECTION_STRING, QUEUE_NAME,
//        MESSAGES (send: a JSON array of strings), COUNT (receive: how many messages to expect, default 32)
// Output (stdout): send -> JSON array of message ids; receive -> JSON array of decoded texts (messages are deleted).
import { QueueServiceClient } from "@azure/storage-queue";

const [command] = process.argv.slice(2);
const connectionString = required("STORAGE_CONNECTION_STRING");
const queue = QueueServiceClient.fromConnectionString(connectionString).getQueueClient(required("QUEUE_NAME"));

if (command === "send") {
  const ids = [];
  for (const text of JSON.parse(required("MESSAGES"))) {
    const response = await queue.sendMessage(Buffer.from(text, "utf8").toString("base64"));
    ids.push(response.messageId);
  }
  console.log(JSON.stringify(ids));
} else if (command === "receive") {
  const expected = Number(process.env.COUNT ?? "32");
  const texts = [];
  while (texts.length < expected) {
    const response = await queue.receiveMessages({ numberOfMessages: Math.min(32, expected - texts.length) });
    if (response.receivedMessageItems.length === 0) break;
    for (const item of response.receivedMessageItems) {
      texts.push(Buffer.from(item.messageText, "base64").toString("utf8"));
      await queue.deleteMessage(item.messageId, item.popReceipt);
    }
  }
  console.log(JSON.stringify(texts));
} else {
  console.error(`unknown command '${command}': use send or receive`);
  process.exit(2);
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`environment variable ${name} is required`);
    process.exit(2);
  }
  return value;
}
