using Tidewater.Domain.Scoring;

namespace Tidewater.Cli.Generation;

/// <summary>The merchant category codes (ISO 18245) the generator draws from.</summary>
internal static class MerchantCatalog
{
    /// <summary>Everyday categories and how common each is; accounts pick their usual ones from these.</summary>
    public static readonly (string Code, double Weight)[] Everyday =
    [
        ("5411", 20), // grocery stores, supermarkets
        ("5812", 12), // restaurants
        ("5814", 10), // fast food
        ("5541", 8),  // service stations
        ("4111", 6),  // local commuter transport
        ("5912", 5),  // drug stores, pharmacies
        ("5999", 5),  // miscellaneous retail
        ("5311", 4),  // department stores
        ("5651", 4),  // family clothing
        ("4121", 4),  // taxis, ride sharing
        ("4814", 3),  // telecommunication services
        ("4900", 3),  // utilities
        ("5815", 3),  // digital media
        ("5732", 2),  // electronics
        ("5942", 2),  // book stores
        ("7832", 2),  // cinemas
        ("7011", 2),  // hotels
        ("4511", 1),  // airlines
    ];

    /// <summary>The category of an ordinary account-to-account transfer (financial institutions).</summary>
    public const string OrdinaryTransfer = "6012";

    /// <summary>Where card testers try stolen cards: digital goods and online services with instant delivery.</summary>
    public static readonly string[] CardTesting = ["5815", "5816", "5817", "5818", "4816", "5999"];

    /// <summary>The v0 model's high-risk categories, in ordinal order so the draws do not depend on set ordering.</summary>
    public static readonly string[] HighRisk = [.. RiskModel.Default.HighRiskMerchantCategories.Order(StringComparer.Ordinal)];

    /// <summary>High-risk categories where a taken-over account moves money out by transfer.</summary>
    public static readonly string[] HighRiskTransfer = ["4829", "6051"];
}
