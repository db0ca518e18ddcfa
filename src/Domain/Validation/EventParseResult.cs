using System.Diagnostics.CodeAnalysis;
using Tidewater.Domain.Events;

namespace Tidewater.Domain.Validation;

/// <summary>The outcome of parsing one event: either the event, or every problem found in it.</summary>
/// <remarks>A struct so that the common (valid) case allocates nothing beyond the event itself.</remarks>
public readonly struct EventParseResult : IEquatable<EventParseResult>
{
    private readonly IReadOnlyList<ValidationProblem>? _problems;

    private EventParseResult(PaymentEvent? paymentEvent, IReadOnlyList<ValidationProblem>? problems)
    {
        Event = paymentEvent;
        _problems = problems;
    }

    /// <summary>Gets the parsed event, or <see langword="null"/> when the input had problems.</summary>
    public PaymentEvent? Event { get; }

    /// <summary>Gets every problem found, in field order; empty when the input is valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems => _problems ?? [];

    /// <summary>Gets a value indicating whether the input was a valid event.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    public bool IsValid => Event is not null;

    /// <summary>Creates a successful result.</summary>
    /// <param name="paymentEvent">The parsed event.</param>
    /// <returns>A result whose <see cref="Event"/> is <paramref name="paymentEvent"/>.</returns>
    public static EventParseResult Valid(PaymentEvent paymentEvent)
    {
        ArgumentNullException.ThrowIfNull(paymentEvent);
        return new EventParseResult(paymentEvent, null);
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <returns>A result carrying <paramref name="problems"/>.</returns>
    public static EventParseResult Invalid(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        return new EventParseResult(null, problems);
    }

    /// <inheritdoc/>
    public bool Equals(EventParseResult other) => Equals(Event, other.Event) && Problems.SequenceEqual(other.Problems);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EventParseResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Event, Problems.Count);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when both hold the same event or the same problems.</returns>
    public static bool operator ==(EventParseResult left, EventParseResult right) => left.Equals(right);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when the results differ.</returns>
    public static bool operator !=(EventParseResult left, EventParseResult right) => !left.Equals(right);
}
