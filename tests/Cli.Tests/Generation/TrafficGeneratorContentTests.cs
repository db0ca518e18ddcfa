using Tidewater.Cli.Generation;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.Cli.Tests.Generation;

public class TrafficGeneratorContentTests
{
    [Theory]
    [InlineData(1, 0.05, 24 * 60)]
    [InlineData(7, 0.5, 1)]
    [InlineData(9, 0.01, 6 * 24 * 60)]
    public async Task Generate_EveryEvent_IsValidForTheParserAtStart(int seed, double fraudRate, int spanMinutes)
    {
        var options = TestTraffic.Options(count: 20_000, seed: seed, fraudRate: fraudRate);
        options.Span = TimeSpan.FromMinutes(spanMinutes);
        var lines = System.Text.Encoding.UTF8.GetString(await TestTraffic.NdjsonAsync(options)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(20_000, lines.Length);
        foreach (var line in lines)
        {
            var result = TestTraffic.Parse(line, options.Start);
            Assert.True(result.IsValid, line + ": " + string.Join("; ", result.Problems.Select(p => p.Path + " " + p.Message)));
            Assert.InRange(result.Event.OccurredAt, options.Start - options.Span, options.Start.AddMinutes(2));
        }
    }

    [Fact]
    public void Generate_FraudAndChargebackRatios_RoughlyAsConfigured()
    {
        var options = TestTraffic.Options(count: 200_000, fraudRate: 0.05);
        options.ChargebackRate = 0.3;

        var events = TestTraffic.Generate(options);

        var payments = events.Count(e => e.Label != TrafficLabel.Chargeback);
        var fraud = events.Count(e => e.IsFraud);
        var chargebacks = events.Count(e => e.Label == TrafficLabel.Chargeback);
        Assert.InRange((double)fraud / payments, 0.05 * 0.85, 0.05 * 1.15);
        Assert.InRange((double)chargebacks / fraud, 0.3 * 0.85, 0.3 * 1.15);
        var cardTesting = events.Count(e => e.Label == TrafficLabel.CardTesting);
        Assert.InRange((double)cardTesting / fraud, 0.7, 0.9); // half the incidents, of mean size 10 against 2
    }

    [Fact]
    public void Generate_ZeroFraudRate_OnlyLegitimatePayments()
    {
        var events = TestTraffic.Generate(TestTraffic.Options(count: 20_000, fraudRate: 0));

        Assert.All(events, e => Assert.Equal(TrafficLabel.Legitimate, e.Label));
    }

    [Fact]
    public void Generate_Chargebacks_ReferenceEarlierFraudulentPayments()
    {
        var events = TestTraffic.Generate(TestTraffic.Options(count: 50_000, fraudRate: 0.05));
        var seen = new Dictionary<string, GeneratedEvent>(StringComparer.Ordinal);
        var chargebacks = 0;

        foreach (var generated in events)
        {
            if (generated.Label == TrafficLabel.Chargeback)
            {
                chargebacks++;
                var chargeback = generated.Event;
                Assert.Equal(EventType.Chargeback, chargeback.Type);
                Assert.True(seen.TryGetValue(chargeback.PaymentId!, out var payment), $"{chargeback.Id} disputes an unseen payment");
                Assert.True(payment.IsFraud);
                Assert.True(chargeback.OccurredAt > payment.Event.OccurredAt);
                Assert.Equal((payment.Event.AccountId, payment.Event.Amount, payment.Event.Currency),
                    (chargeback.AccountId, chargeback.Amount, chargeback.Currency));
            }
            else
            {
                Assert.Equal(EventType.Payment, generated.Event.Type);
                Assert.Null(generated.Event.PaymentId);
            }

            seen.Add(generated.Event.Id, generated);
        }

        Assert.True(chargebacks > 100);
    }

    [Fact]
    public void Generate_AccountTakeover_ForeignHighRiskLargeAtNight()
    {
        var events = TestTraffic.Generate(TestTraffic.Options(count: 50_000, fraudRate: 0.05));
        var homes = events.Where(e => e.Label == TrafficLabel.Legitimate)
            .GroupBy(e => e.Event.AccountId)
            .Where(g => g.Count() >= 5)
            .ToDictionary(g => g.Key, g => g.GroupBy(e => e.Event.Country).MaxBy(c => c.Count())!.Key);
        var takeovers = events.Where(e => e.Label == TrafficLabel.AccountTakeover).Select(e => e.Event).ToList();

        Assert.NotEmpty(takeovers);
        Assert.All(takeovers, e =>
        {
            Assert.Contains(e.MerchantCategory, RiskModel.Default.HighRiskMerchantCategories);
            Assert.NotEqual(PaymentChannel.CardPresent, e.Channel);
            Assert.InRange(e.OccurredAt.UtcDateTime.Hour, 0, 6); // starts at night; a later payment may run past 06:00
            if (homes.TryGetValue(e.AccountId, out var home))
            {
                Assert.NotEqual(home, e.Country);
            }
        });
        var medianTakeover = takeovers.Select(e => e.Amount / Scale(e.Currency)).Order().ElementAt(takeovers.Count / 2);
        Assert.True(medianTakeover > 500, $"median takeover amount {medianTakeover} euros");
    }

    [Fact]
    public void Generate_CardTesting_BurstsOfTinyEcommercePayments()
    {
        var events = TestTraffic.Generate(TestTraffic.Options(count: 50_000, fraudRate: 0.05));
        var tests = events.Where(e => e.Label == TrafficLabel.CardTesting).Select(e => e.Event).ToList();

        Assert.NotEmpty(tests);
        Assert.All(tests, e =>
        {
            Assert.Equal(PaymentChannel.Ecommerce, e.Channel);
            Assert.True(e.Amount / Scale(e.Currency) <= 3.01m, $"{e.Amount} {e.Currency}");
        });
        var bursts = tests.GroupBy(e => (e.AccountId, e.MerchantId)).Where(g => g.Count() >= 5).ToList();
        Assert.NotEmpty(bursts);
        Assert.All(bursts, burst => Assert.True(burst.Max(e => e.OccurredAt) - burst.Min(e => e.OccurredAt) < TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void Generate_LegitimatePayments_RunForwardInTimeWithFewAtNight()
    {
        var events = TestTraffic.Generate(TestTraffic.Options(count: 20_000));
        var legitimate = events.Where(e => e.Label == TrafficLabel.Legitimate).Select(e => e.Event.OccurredAt).ToList();

        Assert.Equal(legitimate.Order(), legitimate);
        var night = legitimate.Count(t => t.UtcDateTime.Hour < 6) / (double)legitimate.Count;
        Assert.InRange(night, 0.02, 0.08);
    }

    private static decimal Scale(string currency) =>
        (decimal)CountryCatalog.Homes.First(h => h.Currency == currency).PerEuro;
}
