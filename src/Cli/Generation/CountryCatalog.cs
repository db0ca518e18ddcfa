namespace Tidewater.Cli.Generation;

/// <summary>The countries accounts live in, their currencies, and where fraud comes from.</summary>
internal static class CountryCatalog
{
    /// <summary>Home countries: code, currency, rough units of the currency per euro (for amounts), and weight.</summary>
    public static readonly Home[] Homes =
    [
        new("US", "USD", 1.1, 18),
        new("DE", "EUR", 1.0, 14),
        new("FR", "EUR", 1.0, 12),
        new("GB", "GBP", 0.85, 10),
        new("ES", "EUR", 1.0, 8),
        new("IT", "EUR", 1.0, 8),
        new("NL", "EUR", 1.0, 5),
        new("JP", "JPY", 160, 5),
        new("CA", "CAD", 1.5, 4),
        new("PL", "PLN", 4.3, 4),
        new("CH", "CHF", 0.95, 3),
        new("SE", "SEK", 11.5, 3),
        new("BR", "BRL", 6.0, 3),
        new("IN", "INR", 92, 3),
    ];

    /// <summary>Every country payments may come from: the home countries and a few more.</summary>
    public static readonly string[] All =
    [
        .. Homes.Select(h => h.Country),
        "MX", "TR", "TH", "VN", "ID", "PH", "NG", "ZA", "UA", "RO", "AE", "SG",
    ];

    /// <summary>Home countries with their weights, for a weighted pick.</summary>
    public static readonly (Home Item, double Weight)[] WeightedHomes = [.. Homes.Select(h => (h, h.Weight))];

    /// <summary>Picks a country other than <paramref name="home"/> (one draw).</summary>
    public static string PickForeign(Random random, string home)
    {
        var index = random.Next(All.Length - 1);
        var candidate = All[index];
        return candidate == home ? All[^1] : candidate;
    }

    /// <summary>A home country.</summary>
    /// <param name="Country">ISO 3166-1 alpha-2 code.</param>
    /// <param name="Currency">ISO 4217 code of the cards issued there.</param>
    /// <param name="PerEuro">Units of <paramref name="Currency"/> per euro, to scale amounts.</param>
    /// <param name="Weight">How many accounts live there, relatively.</param>
    public sealed record Home(string Country, string Currency, double PerEuro, double Weight);
}
