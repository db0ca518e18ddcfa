using System.Globalization;

namespace Tidewater.Cli.Generation;

/// <summary>One synthetic account and its habits.</summary>
/// <param name="Id">The account id, e.g. <c>acct-1-000042</c>.</param>
/// <param name="Number">The account's index in its population.</param>
/// <param name="Home">Where the account lives and the currency of its card.</param>
/// <param name="UsualCategories">The merchant categories it usually pays at, most frequent first.</param>
/// <param name="AmountMu">The mean of the log of its amounts (in its currency).</param>
/// <param name="AmountSigma">The standard deviation of the log of its amounts.</param>
/// <param name="CardPresentShare">The share of its payments made with the card present.</param>
/// <param name="TransferShare">The share of its payments that are transfers; the rest is e-commerce.</param>
/// <param name="Activity">How often it pays, relative to other accounts.</param>
internal sealed record AccountProfile(
    string Id,
    int Number,
    CountryCatalog.Home Home,
    string[] UsualCategories,
    double AmountMu,
    double AmountSigma,
    double CardPresentShare,
    double TransferShare,
    double Activity)
{
    /// <summary>A typical retail payment in euros: the median of the account medians.</summary>
    public const double TypicalEuros = 35;

    /// <summary>Draws one account from <paramref name="random"/> (a fixed number of draws per account).</summary>
    public static AccountProfile Create(Random random, int populationSeed, int index)
    {
        var home = random.PickWeighted(CountryCatalog.WeightedHomes);
        var categoryCount = 3 + random.Next(5);
        var categories = new List<string>(categoryCount);
        for (var i = 0; i < categoryCount; i++)
        {
            // A repeated pick is dropped: some accounts end with fewer categories, as some people are narrower.
            var code = random.PickWeighted(MerchantCatalog.Everyday);
            if (!categories.Contains(code))
            {
                categories.Add(code);
            }
        }

        var mu = Math.Log(TypicalEuros * home.PerEuro) + (0.5 * random.NextGaussian());
        var sigma = random.NextDouble(0.4, 1.0);
        var cardPresent = random.NextDouble(0.45, 0.85);
        var transfer = random.NextDouble(0.02, 0.10);
        var activity = random.NextLogNormal(0, 1);
        var id = string.Create(CultureInfo.InvariantCulture, $"acct-{populationSeed}-{index:D6}");
        return new AccountProfile(id, index, home, [.. categories], mu, sigma, cardPresent, transfer, activity);
    }
}
