using System.Buffers;
using System.CommandLine;
using System.Globalization;
using Tidewater.Cli.Generation;
using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Commands;

/// <summary><c>tidewater generate</c>: writes seeded synthetic traffic as NDJSON, as fast as possible.</summary>
/// <remarks>The one-line report (counts by label) goes to stderr, so stdout carries only events.</remarks>
public static class GenerateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TimeProvider time)
    {
        var traffic = new TrafficOptionSet();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("generate", "Write seeded synthetic traffic as NDJSON (one event per line) to stdout or a file.");
        traffic.AddTo(command);
        command.Add(output);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = traffic.Read(parseResult, time);
            var problems = options.Validate();
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync("error: " + problem);
            }

            if (problems.Count > 0)
            {
                return ExitCodes.Usage;
            }

            var file = parseResult.GetValue(output);
            await using var stream = file is null ? Console.OpenStandardOutput() : file.Create();
            var counts = await WriteAsync(new TrafficGenerator(options), stream, cancellationToken);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generated {options.Count} events (seed {options.Seed}, start {options.Start:yyyy-MM-ddTHH:mm:ssZ}): " +
                $"legitimate={counts[(int)TrafficLabel.Legitimate]} account_takeover={counts[(int)TrafficLabel.AccountTakeover]} " +
                $"card_testing={counts[(int)TrafficLabel.CardTesting]} chargeback={counts[(int)TrafficLabel.Chargeback]}"));
            return cancellationToken.IsCancellationRequested ? ExitCodes.Cancelled : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes every event of <paramref name="generator"/> as NDJSON; returns the count per <see cref="TrafficLabel"/>.</summary>
    public static async Task<long[]> WriteAsync(TrafficGenerator generator, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(output);
        var counts = new long[Enum.GetValues<TrafficLabel>().Length];
        var buffer = new ArrayBufferWriter<byte>(128 * 1024);
        var one = new GeneratedEvent[1];
        while (!cancellationToken.IsCancellationRequested && generator.TryNext(out var generated))
        {
            counts[(int)generated.Label]++;
            one[0] = generated;
            EventBatchJson.WriteNdjson(buffer, one);
            if (buffer.WrittenCount >= 64 * 1024)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, CancellationToken.None);
        await output.FlushAsync(CancellationToken.None);
        return counts;
    }
}
