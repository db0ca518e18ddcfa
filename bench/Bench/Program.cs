using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Tidewater.App.Storage;
using Tidewater.Bench;

// Usage: Tidewater.Bench <command> --connection <storage connection string> [--name value ...]
//   raw-drain     --queue Q --expect N [--max-in-flight 32] [--threshold 16]   Azure SDK receive + delete loop (the baseline)
//   watch-drain   --queue Q --initial N [--pids host:123,azurite:456]          times a host draining Q to empty
//   count-records --container C                                                stored record lines and distinct ids
//   queue-count   --queue Q                                                    approximate message count
//   delete-queue  --queue Q                                                    deletes Q and its messages
//   append-cost   --container C --count N --size BYTES                        N sequential appends of BYTES each
// Every command prints key=value lines on stdout.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Tidewater.Bench raw-drain|watch-drain|count-records|queue-count|delete-queue --connection ... [options]");
    return 1;
}

var options = BenchArguments.Parse(args.AsSpan(1));
var connection = options.Required("connection");
QueueClient Queue(string name) =>
    new(connection, name, new QueueClientOptions(StorageServiceVersions.Queue) { MessageEncoding = QueueMessageEncoding.Base64 });
BlobContainerClient Container(string name) => new(connection, name, new BlobClientOptions(StorageServiceVersions.Blob));

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Int("timeout-seconds", 300)));
switch (args[0])
{
    case "raw-drain":
        await RawDrain.RunAsync(
            Queue(options.Required("queue")),
            options.Int("expect", 0), options.Int("max-in-flight", 32), options.Int("threshold", 16), timeout.Token);
        return 0;
    case "watch-drain":
        await DrainWatch.RunAsync(
            Queue(options.Required("queue")),
            options.Int("initial", 0), options.Optional("pids"), timeout.Token);
        return 0;
    case "count-records":
        await RecordCounter.RunAsync(Container(options.Required("container")), timeout.Token);
        return 0;
    case "append-cost":
        await AppendCost.RunAsync(Container(options.Required("container")),
            options.Int("count", 1000), options.Int("size", 1024), timeout.Token);
        return 0;
    case "delete-queue":
        Console.WriteLine($"deleted={(await Queue(options.Required("queue")).DeleteIfExistsAsync(timeout.Token)).Value}");
        return 0;
    case "queue-count":
        var queue = Queue(options.Required("queue"));
        Console.WriteLine($"messages={(await queue.GetPropertiesAsync(timeout.Token)).Value.ApproximateMessagesCount}");
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 1;
}
