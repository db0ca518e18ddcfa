using System.Text.Json;
using Tidewater.Cli.Commands;
using Tidewater.Cli.Generation;
using Tidewater.Domain.Validation;

namespace Tidewater.Cli.Tests.Generation;

/// <summary>Traffic options and helpers shared by the generator tests.</summary>
internal static class TestTraffic
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public static TrafficOptions Options(long count = 5000, int seed = 1, double fraudRate = 0.05) =>
        new() { Seed = seed, Count = count, FraudRate = fraudRate, Start = Start };

    public static List<GeneratedEvent> Generate(TrafficOptions options) => [.. new TrafficGenerator(options).GenerateAll()];

    public static async Task<byte[]> NdjsonAsync(TrafficOptions options)
    {
        using var stream = new MemoryStream();
        await GenerateCommand.WriteAsync(new TrafficGenerator(options), stream, CancellationToken.None);
        return stream.ToArray();
    }

    public static EventParseResult Parse(string json, DateTimeOffset now)
    {
        using var document = JsonDocument.Parse(json);
        return PaymentEventParser.Parse(document.RootElement, "$", ValidationContext.At(now));
    }
}
