using Tidewater.Domain.Events;

namespace Tidewater.Cli.Generation;

/// <summary>The injected fraud patterns and their chargebacks.</summary>
public sealed partial class TrafficGenerator
{
    /// <summary>
    /// Account takeover: 1-3 payments minutes apart, at night (UTC 00-06, when the span has a night), from a foreign
    /// country, at high-risk merchants, for about 1500 euros each (log-normal, sigma 0.7), by transfer or online.
    /// </summary>
    private GeneratedEvent StartAccountTakeover(long index, string id)
    {
        var account = _accounts.Pick(_random);
        var size = 1 + _random.Next(3);
        var country = CountryCatalog.PickForeign(_random, account.Home.Country);
        var daytime = _timeline.At(index, _random.NextDouble());
        var time = (_timeline.AtNight(_random.NextDouble()) ?? daytime).UtcTicks;
        GeneratedEvent? first = null;
        for (var k = 0; k < size; k++)
        {
            var transfer = _random.NextDouble() < 0.5;
            var category = transfer
                ? MerchantCatalog.HighRiskTransfer[_random.Next(MerchantCatalog.HighRiskTransfer.Length)]
                : MerchantCatalog.HighRisk[_random.Next(MerchantCatalog.HighRisk.Length)];
            var amount = Amount(_random.NextLogNormal(Math.Log(1500 * account.Home.PerEuro), 0.7), account.Home.Currency);
            var merchant = MerchantId(category, _random.Next(1000));
            time = Math.Min(time + (k == 0 ? 0 : _random.Next(60, 600) * TimeSpan.TicksPerSecond), _timeline.End - 1);
            var payment = new GeneratedEvent(
                new PaymentEvent(id, EventType.Payment, null, account.Id, amount, account.Home.Currency, merchant, category,
                    country, transfer ? PaymentChannel.Transfer : PaymentChannel.Ecommerce, Timeline.ToTime(time)),
                TrafficLabel.AccountTakeover);
            if (first is null)
            {
                first = payment;
            }
            else
            {
                Queue(payment, index + k);
            }
        }

        return first!;
    }

    /// <summary>
    /// Card testing: a burst of 5-15 e-commerce payments of 0.50-3.00 euros (in the card's currency), 2-30 seconds
    /// apart, at one digital-goods merchant, often abroad (60%).
    /// </summary>
    private GeneratedEvent StartCardTesting(long index, string id)
    {
        var account = _accounts.Pick(_random);
        var size = 5 + _random.Next(11);
        var abroad = _random.NextDouble() < 0.6;
        var foreign = CountryCatalog.PickForeign(_random, account.Home.Country);
        var category = MerchantCatalog.CardTesting[_random.Next(MerchantCatalog.CardTesting.Length)];
        var merchant = MerchantId(category, _random.Next(1000));

        // The burst (at most 15 x 30 s) ends before the span does, unless the span is shorter than the burst.
        var time = Math.Max(_timeline.Begin, Math.Min(_timeline.At(index, _random.NextDouble()).UtcTicks, _timeline.End - (size * 30 * TimeSpan.TicksPerSecond)));
        GeneratedEvent? first = null;
        for (var k = 0; k < size; k++)
        {
            time += k == 0 ? 0 : _random.Next(2, 30) * TimeSpan.TicksPerSecond;
            var occurredAt = Timeline.ToTime(Math.Min(time, _timeline.End - 1));
            var amount = Amount(_random.NextDouble(0.5, 3.0) * account.Home.PerEuro, account.Home.Currency);
            var payment = new GeneratedEvent(
                new PaymentEvent(id, EventType.Payment, null, account.Id, amount, account.Home.Currency, merchant, category,
                    abroad ? foreign : account.Home.Country, PaymentChannel.Ecommerce, occurredAt),
                TrafficLabel.CardTesting);
            if (first is null)
            {
                first = payment;
            }
            else
            {
                Queue(payment, index + k);
            }
        }

        return first!;
    }

    /// <summary>
    /// With probability <see cref="TrafficOptions.ChargebackRate"/>, queues a chargeback of <paramref name="payment"/>
    /// 1 to <c>min(500, count / 20)</c> slots later, occurring at least a second after the payment.
    /// </summary>
    private void MaybeQueueChargeback(long index, PaymentEvent payment)
    {
        if (!(_random.NextDouble() < _options.ChargebackRate))
        {
            return;
        }

        var due = index + 1 + _random.Next(_maxChargebackDelay);
        var later = Math.Max(payment.OccurredAt.UtcTicks + TimeSpan.TicksPerSecond, _timeline.At(Math.Min(due, Count - 1), 0.5).UtcTicks);
        var occurredAt = Timeline.ToTime(later + (_random.Next(60_000) * TimeSpan.TicksPerMillisecond));
        var chargeback = payment with { Id = string.Empty, Type = EventType.Chargeback, PaymentId = payment.Id, OccurredAt = occurredAt };
        Queue(new GeneratedEvent(chargeback, TrafficLabel.Chargeback), due);
    }
}
