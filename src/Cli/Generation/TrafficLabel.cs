namespace Tidewater.Cli.Generation;

/// <summary>The ground truth of a generated event: why the generator made it.</summary>
public enum TrafficLabel
{
    /// <summary>An ordinary payment that fits its account's habits (travel included).</summary>
    Legitimate,

    /// <summary>Account takeover: a foreign country, a high-risk merchant category, a large amount, at night.</summary>
    AccountTakeover,

    /// <summary>Card testing: one of a burst of tiny e-commerce payments in quick succession.</summary>
    CardTesting,

    /// <summary>A chargeback of an earlier fraudulent payment.</summary>
    Chargeback,
}
