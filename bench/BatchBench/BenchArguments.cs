using System.Globalization;

namespace Tidewater.BatchBench;

/// <summary><c>--name value</c> pairs of the command line.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static BenchArguments Parse(ReadOnlySpan<string> args)
    {
        var parsed = new BenchArguments();
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            parsed._values[args[i].TrimStart('-')] = args[i + 1];
        }

        return parsed;
    }

    public string Get(string name) => _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public int GetInt(string name, int fallback) => _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
