// Interop check of Tidewater's blob client against the official JavaScript SDK (@azure/storage-blob).
//
// Usage: node blob-interop.mjs read|write
// Env:   STORAGE_CONNECTION_STRING, CONTAINER_NAME, BLOB_NAME,
//        CONTENT (write: UTF-8 text), METADATA (write: JSON object)
// read  -> prints JSON { content, blobType, metadata, committedBlockCount, etag } of the blob.
// write -> creates an append blob with METADATA and appends CONTENT as two blocks (split in the middle);
//          prints JSON { etag }.
import { BlobServiceClient, StorageSharedKeyCredential, newPipeline } from "@azure/storage-blob";

// This SDK version defaults to x-ms-version 2026-10-06, newer than Azurite 3.37 accepts. A request policy pins the
// version our client uses; it runs before the Shared Key signing policy, so the signature covers it.
const PINNED_VERSION = "2026-06-06";

const [command] = process.argv.slice(2);
const settings = Object.fromEntries(
  required("STORAGE_CONNECTION_STRING").split(";").filter((s) => s.includes("=")).map((s) => {
    const i = s.indexOf("=");
    return [s.slice(0, i).trim(), s.slice(i + 1).trim()];
  }));
const pipeline = newPipeline(new StorageSharedKeyCredential(settings.AccountName, settings.AccountKey));
pipeline.factories.push({
  create: (nextPolicy) => ({
    sendRequest: (request) => {
      request.headers.set("x-ms-version", PINNED_VERSION);
      return nextPolicy.sendRequest(request);
    },
  }),
});
const service = new BlobServiceClient(settings.BlobEndpoint, pipeline);
const blob = service.getContainerClient(required("CONTAINER_NAME")).getAppendBlobClient(required("BLOB_NAME"));

if (command === "read") {
  const download = await blob.download();
  const content = (await streamToBuffer(download.readableStreamBody)).toString("utf8");
  console.log(JSON.stringify({
    content,
    blobType: download.blobType,
    metadata: download.metadata ?? {},
    committedBlockCount: download.blobCommittedBlockCount ?? null,
    etag: download.etag,
  }));
} else if (command === "write") {
  const content = Buffer.from(required("CONTENT"), "utf8");
  await blob.create({ metadata: JSON.parse(process.env.METADATA ?? "{}") });
  const middle = Math.floor(content.length / 2);
  await blob.appendBlock(content.subarray(0, middle), middle);
  const last = await blob.appendBlock(content.subarray(middle), content.length - middle);
  console.log(JSON.stringify({ etag: last.etag }));
} else {
  console.error(`unknown command '${command}': use read or write`);
  process.exit(2);
}

async function streamToBuffer(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`environment variable ${name} is required`);
    process.exit(2);
  }
  return value;
}
